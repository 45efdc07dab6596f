using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Stair_StaircasePlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "staircase_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MostPressingNeed = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    NeedDomain = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Goal = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClosedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staircase_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_staircase_plans_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_staircase_plans_staff_ClosedById",
                        column: x => x.ClosedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_staircase_plans_staff_StartedById",
                        column: x => x.StartedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staircase_milestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TargetOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AddedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    AchievedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AchievedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AchievedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    AchievementNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staircase_milestones", x => x.Id);
                    table.CheckConstraint("CK_staircase_milestones_achieved", "(\"AchievedOn\" IS NULL AND \"AchievedAt\" IS NULL) OR (\"AchievedOn\" IS NOT NULL AND \"AchievedAt\" IS NOT NULL AND \"AchievedById\" IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_staircase_milestones_staff_AchievedById",
                        column: x => x.AchievedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_staircase_milestones_staff_AddedById",
                        column: x => x.AddedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_staircase_milestones_staircase_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "staircase_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staircase_setbacks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staircase_setbacks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_staircase_setbacks_staff_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_staircase_setbacks_staircase_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "staircase_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_staircase_milestones_AchievedById",
                table: "staircase_milestones",
                column: "AchievedById");

            migrationBuilder.CreateIndex(
                name: "IX_staircase_milestones_AddedById",
                table: "staircase_milestones",
                column: "AddedById");

            migrationBuilder.CreateIndex(
                name: "IX_staircase_milestones_plan_step",
                table: "staircase_milestones",
                columns: new[] { "PlanId", "Step" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_staircase_plans_active_client",
                table: "staircase_plans",
                column: "ClientId",
                unique: true,
                filter: "\"ClosedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_staircase_plans_ClientId_StartedAt",
                table: "staircase_plans",
                columns: new[] { "ClientId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_staircase_plans_ClosedById",
                table: "staircase_plans",
                column: "ClosedById");

            migrationBuilder.CreateIndex(
                name: "IX_staircase_plans_StartedById",
                table: "staircase_plans",
                column: "StartedById");

            migrationBuilder.CreateIndex(
                name: "IX_staircase_setbacks_PlanId_OccurredOn",
                table: "staircase_setbacks",
                columns: new[] { "PlanId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_staircase_setbacks_RecordedById",
                table: "staircase_setbacks",
                column: "RecordedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "staircase_milestones");

            migrationBuilder.DropTable(
                name: "staircase_setbacks");

            migrationBuilder.DropTable(
                name: "staircase_plans");
        }
    }
}
