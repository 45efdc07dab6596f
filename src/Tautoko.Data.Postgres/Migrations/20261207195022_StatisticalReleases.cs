using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Tables = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Periods = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ReleaseKey = table.Column<string>(type: "character(32)", fixedLength: true, maxLength: 32, nullable: false),
                    BuiltById = table.Column<Guid>(type: "uuid", nullable: false),
                    BuiltAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
