using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Quality_QualityChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "quality_samples",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kinds = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Seed = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedSize = table.Column<int>(type: "INTEGER", nullable: false),
                    PopulationSize = table.Column<int>(type: "INTEGER", nullable: false),
                    DrawnById = table.Column<Guid>(type: "TEXT", nullable: false),
                    DrawnAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quality_samples", x => x.Id);
                    table.ForeignKey(
                        name: "FK_quality_samples_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_quality_samples_staff_DrawnById",
                        column: x => x.DrawnById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "quality_checks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SampleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProcessedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ErrorType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CheckedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    CheckedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quality_checks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_quality_checks_quality_samples_SampleId",
                        column: x => x.SampleId,
                        principalTable: "quality_samples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_quality_checks_staff_CheckedById",
                        column: x => x.CheckedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_quality_checks_CheckedById",
                table: "quality_checks",
                column: "CheckedById");

            migrationBuilder.CreateIndex(
                name: "IX_quality_checks_SiteId_ProcessedAt",
                table: "quality_checks",
                columns: new[] { "SiteId", "ProcessedAt" });

            migrationBuilder.CreateIndex(
                name: "UX_quality_checks_sample_action",
                table: "quality_checks",
                columns: new[] { "SampleId", "Kind", "ActionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_quality_samples_DrawnById",
                table: "quality_samples",
                column: "DrawnById");

            migrationBuilder.CreateIndex(
                name: "IX_quality_samples_SiteId_DrawnAt",
                table: "quality_samples",
                columns: new[] { "SiteId", "DrawnAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "quality_checks");

            migrationBuilder.DropTable(
                name: "quality_samples");
        }
    }
}
