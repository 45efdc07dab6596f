using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RandomisedTrials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "trials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Service = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SelectionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CriteriaJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    StratifyBySite = table.Column<bool>(type: "boolean", nullable: false),
                    TreatmentWeight = table.Column<int>(type: "integer", nullable: false),
                    ControlWeight = table.Column<int>(type: "integer", nullable: false),
                    CapacityPerSite = table.Column<int>(type: "integer", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RandomSeed = table.Column<long>(type: "bigint", nullable: true),
                    RandomisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RandomisedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_trials_staff_CreatedBy",
                        column: x => x.CreatedBy,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "trial_assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrialId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Arm = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Stratum = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AgeGroup = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trial_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_trial_assignments_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_trial_assignments_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_trial_assignments_trials_TrialId",
                        column: x => x.TrialId,
                        principalTable: "trials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_trial_assignments_ClientId_Arm",
                table: "trial_assignments",
                columns: new[] { "ClientId", "Arm" });

            migrationBuilder.CreateIndex(
                name: "IX_trial_assignments_SiteId",
                table: "trial_assignments",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_trial_assignments_trial_client",
                table: "trial_assignments",
                columns: new[] { "TrialId", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_trials_CreatedBy",
                table: "trials",
                column: "CreatedBy");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "trial_assignments");

            migrationBuilder.DropTable(
                name: "trials");
        }
    }
}
