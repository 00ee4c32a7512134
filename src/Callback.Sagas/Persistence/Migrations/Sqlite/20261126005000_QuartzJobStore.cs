using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Callback.Sagas.Persistence.Migrations.Sqlite
{
    /// <summary>Quartz's job store tables, which are not EF entities, from Quartz's own DDL: see <see cref="QuartzJobStoreSchema"/>.</summary>
    public partial class QuartzJobStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            QuartzJobStoreSchema.Create(migrationBuilder, DatabaseProvider.Sqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            QuartzJobStoreSchema.Drop(migrationBuilder, DatabaseProvider.Sqlite);
        }
    }
}
