using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Postgres.Migrations
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

            migrationBuilder.AlterColumn<string>(
                name: "LastNameFolded",
                table: "clients",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AlterColumn<string>(
                name: "FirstNameFolded",
                table: "clients",
                type: "character varying(201)",
                maxLength: 201,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(201)",
                oldMaxLength: 201);

            migrationBuilder.AlterColumn<string>(
                name: "ClientNumber",
                table: "clients",
                type: "character(9)",
                fixedLength: true,
                maxLength: 9,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character(9)",
                oldFixedLength: true,
                oldMaxLength: 9);

            migrationBuilder.CreateIndex(
                name: "IX_clients_LastNameFolded_FirstNameFolded_ClientNumber",
                table: "clients",
                columns: new[] { "LastNameFolded", "FirstNameFolded", "ClientNumber" })
                .Annotation("Npgsql:IndexInclude", new[] { "HomeSiteId", "IsRestricted", "DateOfBirth" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_clients_LastNameFolded_FirstNameFolded_ClientNumber",
                table: "clients");

            migrationBuilder.AlterColumn<string>(
                name: "LastNameFolded",
                table: "clients",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "FirstNameFolded",
                table: "clients",
                type: "character varying(201)",
                maxLength: 201,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(201)",
                oldMaxLength: 201,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "ClientNumber",
                table: "clients",
                type: "character(9)",
                fixedLength: true,
                maxLength: 9,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character(9)",
                oldFixedLength: true,
                oldMaxLength: 9,
                oldCollation: "C");

            migrationBuilder.CreateIndex(
                name: "IX_clients_LastNameFolded_FirstNameFolded",
                table: "clients",
                columns: new[] { "LastNameFolded", "FirstNameFolded" });
        }
    }
}
