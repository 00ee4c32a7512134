using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Callback.Sagas.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BusOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "inbox_message_id",
                table: "outbox_message",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<Guid>(
                name: "inbox_consumer_id",
                table: "outbox_message",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<Guid>(
                name: "outbox_id",
                table: "outbox_message",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "outbox_state",
                columns: table => new
                {
                    outbox_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_state", x => x.outbox_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_message_outbox_id_sequence_number",
                table: "outbox_message",
                columns: new[] { "outbox_id", "sequence_number" });

            migrationBuilder.AddCheckConstraint(
                name: "ck_outbox_message_owner",
                table: "outbox_message",
                sql: "(inbox_message_id IS NOT NULL AND inbox_consumer_id IS NOT NULL AND outbox_id IS NULL) OR (inbox_message_id IS NULL AND inbox_consumer_id IS NULL AND outbox_id IS NOT NULL)");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_state_created",
                table: "outbox_state",
                column: "created");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outbox_state");

            migrationBuilder.DropIndex(
                name: "ix_outbox_message_outbox_id_sequence_number",
                table: "outbox_message");

            migrationBuilder.DropCheckConstraint(
                name: "ck_outbox_message_owner",
                table: "outbox_message");

            migrationBuilder.DropColumn(
                name: "outbox_id",
                table: "outbox_message");

            migrationBuilder.AlterColumn<Guid>(
                name: "inbox_message_id",
                table: "outbox_message",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "inbox_consumer_id",
                table: "outbox_message",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
