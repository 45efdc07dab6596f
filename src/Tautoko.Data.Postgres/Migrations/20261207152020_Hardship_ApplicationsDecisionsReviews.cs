using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Hardship_ApplicationsDecisionsReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "hardship_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgentName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Need = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Category = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    AmountAsked = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Recoverable = table.Column<bool>(type: "boolean", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AmountGranted = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecidedById = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    GrantedByReviewId = table.Column<Guid>(type: "uuid", nullable: true),
                    RegrantedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hardship_applications", x => x.Id);
                    table.CheckConstraint("CK_hardship_applications_decline_reason", "\"Status\" <> 'Declined' OR \"DeclineReason\" IS NOT NULL");
                    table.ForeignKey(
                        name: "FK_hardship_applications_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_hardship_applications_staff_DecidedById",
                        column: x => x.DecidedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_hardship_applications_staff_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "review_window_settings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Months = table.Column<int>(type: "integer", nullable: false),
                    InternalReviewDays = table.Column<int>(type: "integer", nullable: false),
                    ChangedById = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_window_settings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_review_window_settings_staff_ChangedById",
                        column: x => x.ChangedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "decision_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Requester = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Grounds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    NoticeDate = table.Column<DateOnly>(type: "date", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LastDayOnTime = table.Column<DateOnly>(type: "date", nullable: false),
                    IsLate = table.Column<bool>(type: "boolean", nullable: false),
                    LateReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Stage = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OutcomeNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AmountGranted = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    InternalReviewCompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedById = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_decision_reviews_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_decision_reviews_hardship_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "hardship_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_decision_reviews_staff_ClosedById",
                        column: x => x.ClosedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_decision_reviews_staff_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_decision_reviews_ClientId",
                table: "decision_reviews",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_decision_reviews_ClosedById",
                table: "decision_reviews",
                column: "ClosedById");

            migrationBuilder.CreateIndex(
                name: "IX_decision_reviews_RecordedById",
                table: "decision_reviews",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_decision_reviews_Stage_DueOn",
                table: "decision_reviews",
                columns: new[] { "Stage", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "UX_decision_reviews_one_open",
                table: "decision_reviews",
                column: "ApplicationId",
                unique: true,
                filter: "\"Stage\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_hardship_applications_ClientId_ReceivedAt",
                table: "hardship_applications",
                columns: new[] { "ClientId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_hardship_applications_DecidedById",
                table: "hardship_applications",
                column: "DecidedById");

            migrationBuilder.CreateIndex(
                name: "IX_hardship_applications_RecordedById",
                table: "hardship_applications",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_hardship_applications_Status_DecidedAt",
                table: "hardship_applications",
                columns: new[] { "Status", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_review_window_settings_ChangedById",
                table: "review_window_settings",
                column: "ChangedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "decision_reviews");

            migrationBuilder.DropTable(
                name: "review_window_settings");

            migrationBuilder.DropTable(
                name: "hardship_applications");
        }
    }
}
