using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Callback.Sagas.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "callback_sessions",
                columns: table => new
                {
                    correlation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    current_state = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    service_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    customer_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    desired_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expiration_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    options = table.Column<string>(type: "text", nullable: true),
                    user_data = table.Column<string>(type: "text", nullable: false),
                    device_os = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    device_notification_id = table.Column<string>(type: "text", nullable: true),
                    last_known_ewt = table.Column<long>(type: "bigint", nullable: false),
                    ewt_measured_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    user_confirm_attempts = table.Column<int>(type: "integer", nullable: false),
                    dial_attempts = table.Column<int>(type: "integer", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reservation_attempts = table.Column<int>(type: "integer", nullable: false),
                    agent_id = table.Column<string>(type: "text", nullable: true),
                    execution_check_token = table.Column<Guid>(type: "uuid", nullable: true),
                    redial_token = table.Column<Guid>(type: "uuid", nullable: true),
                    user_confirm_timeout_token = table.Column<Guid>(type: "uuid", nullable: true),
                    call_answer_timeout_token = table.Column<Guid>(type: "uuid", nullable: true),
                    agent_reservation_timeout_token = table.Column<Guid>(type: "uuid", nullable: true),
                    call_routing_timeout_token = table.Column<Guid>(type: "uuid", nullable: true),
                    expiration_token = table.Column<Guid>(type: "uuid", nullable: true),
                    history = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_callback_sessions", x => x.correlation_id);
                });

            migrationBuilder.CreateTable(
                name: "slot_bookings",
                columns: table => new
                {
                    service_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    slot_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    booked = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_slot_bookings", x => new { x.service_name, x.slot_start });
                });

            migrationBuilder.CreateTable(
                name: "session_bookings",
                columns: table => new
                {
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    slot_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    booked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_session_bookings", x => x.session_id);
                    table.ForeignKey(
                        name: "fk_session_bookings_slot_bookings",
                        columns: x => new { x.service_name, x.slot_start },
                        principalTable: "slot_bookings",
                        principalColumns: new[] { "service_name", "slot_start" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_callback_sessions_current_state",
                table: "callback_sessions",
                column: "current_state");

            migrationBuilder.CreateIndex(
                name: "ix_callback_sessions_customer_number",
                table: "callback_sessions",
                column: "customer_number");

            migrationBuilder.CreateIndex(
                name: "ix_callback_sessions_desired_time",
                table: "callback_sessions",
                column: "desired_time");

            migrationBuilder.CreateIndex(
                name: "ix_callback_sessions_expiration_time",
                table: "callback_sessions",
                column: "expiration_time");

            migrationBuilder.CreateIndex(
                name: "ix_callback_sessions_service_name",
                table: "callback_sessions",
                column: "service_name");

            migrationBuilder.CreateIndex(
                name: "ix_session_bookings_service_name_slot_start",
                table: "session_bookings",
                columns: new[] { "service_name", "slot_start" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "callback_sessions");

            migrationBuilder.DropTable(
                name: "session_bookings");

            migrationBuilder.DropTable(
                name: "slot_bookings");
        }
    }
}
