using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StatisticalReleases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "statistical_releases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Tables = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Periods = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ReleaseKey = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 32, nullable: false),
                    BuiltById = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuiltAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statistical_releases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_statistical_releases_staff_BuiltById",
                        column: x => x.BuiltById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_statistical_releases_BuiltAt",
                table: "statistical_releases",
                column: "BuiltAt");

            migrationBuilder.CreateIndex(
                name: "IX_statistical_releases_BuiltById",
                table: "statistical_releases",
                column: "BuiltById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "statistical_releases");
        }
    }
}
