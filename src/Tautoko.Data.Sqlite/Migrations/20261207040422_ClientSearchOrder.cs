using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ClientSearchOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_clients_LastNameFolded_FirstNameFolded",
                table: "clients");

            migrationBuilder.CreateIndex(
                name: "IX_clients_LastNameFolded_FirstNameFolded_ClientNumber",
                table: "clients",
                columns: new[] { "LastNameFolded", "FirstNameFolded", "ClientNumber" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_clients_LastNameFolded_FirstNameFolded_ClientNumber",
                table: "clients");

            migrationBuilder.CreateIndex(
                name: "IX_clients_LastNameFolded_FirstNameFolded",
                table: "clients",
                columns: new[] { "LastNameFolded", "FirstNameFolded" });
        }
    }
}
