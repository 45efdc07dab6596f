using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Measures_DailyFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "measure_contributions",
                columns: table => new
                {
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Numerator = table.Column<int>(type: "INTEGER", nullable: false),
                    Denominator = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_measure_contributions", x => new { x.ClientId, x.Measure, x.SourceId });
                });

            migrationBuilder.CreateTable(
                name: "measure_daily_facts",
                columns: table => new
                {
                    Measure = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Numerator = table.Column<int>(type: "INTEGER", nullable: false),
                    Denominator = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_measure_daily_facts", x => new { x.Measure, x.Day, x.SiteId, x.StaffId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_measure_contributions_Measure_Day_SiteId",
                table: "measure_contributions",
                columns: new[] { "Measure", "Day", "SiteId" });

            migrationBuilder.CreateIndex(
                name: "IX_measure_daily_facts_SiteId_Day",
                table: "measure_daily_facts",
                columns: new[] { "SiteId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_measure_daily_facts_StaffId_Day",
                table: "measure_daily_facts",
                columns: new[] { "StaffId", "Day" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "measure_contributions");

            migrationBuilder.DropTable(
                name: "measure_daily_facts");
        }
    }
}
