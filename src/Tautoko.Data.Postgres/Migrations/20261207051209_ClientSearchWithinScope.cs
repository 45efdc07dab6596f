using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ClientSearchWithinScope : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_clients_HomeSiteId",
                table: "clients");

            migrationBuilder.CreateIndex(
                name: "IX_clients_HomeSiteId_search_order",
                table: "clients",
                columns: new[] { "HomeSiteId", "LastNameFolded", "FirstNameFolded", "ClientNumber" })
                .Annotation("Npgsql:IndexInclude", new[] { "IsRestricted" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_clients_HomeSiteId_search_order",
                table: "clients");

            migrationBuilder.CreateIndex(
                name: "IX_clients_HomeSiteId",
                table: "clients",
                column: "HomeSiteId");
        }
    }
}
