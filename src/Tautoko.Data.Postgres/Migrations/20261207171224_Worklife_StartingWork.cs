using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Worklife_StartingWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "part_time_earnings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    WeeklyAmount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    FromOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CaseManagerId = table.Column<Guid>(type: "uuid", nullable: true),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_part_time_earnings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_part_time_earnings_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "work_starts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HoursPerWeek = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    WeeklyPay = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    Hours = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CaseManagerId = table.Column<Guid>(type: "uuid", nullable: true),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_starts", x => x.Id);
                    table.CheckConstraint("ck_work_starts_hours", "\"HoursPerWeek\" > 0");
                    table.ForeignKey(
                        name: "FK_work_starts_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "work_start_supports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkStartId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Support = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FollowUpDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_start_supports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_work_start_supports_work_starts_WorkStartId",
                        column: x => x.WorkStartId,
                        principalTable: "work_starts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_part_time_earnings_ClientId_FromOn",
                table: "part_time_earnings",
                columns: new[] { "ClientId", "FromOn" });

            migrationBuilder.CreateIndex(
                name: "IX_part_time_earnings_SiteId_FromOn",
                table: "part_time_earnings",
                columns: new[] { "SiteId", "FromOn" });

            migrationBuilder.CreateIndex(
                name: "IX_work_start_supports_ClientId",
                table: "work_start_supports",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "ux_work_start_supports_support",
                table: "work_start_supports",
                columns: new[] { "WorkStartId", "Support" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_work_starts_ClientId_StartedOn",
                table: "work_starts",
                columns: new[] { "ClientId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_work_starts_SiteId_StartedOn",
                table: "work_starts",
                columns: new[] { "SiteId", "StartedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "part_time_earnings");

            migrationBuilder.DropTable(
                name: "work_start_supports");

            migrationBuilder.DropTable(
                name: "work_starts");
        }
    }
}
