using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Assess_Assessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "beut_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Point = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_beut_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_beut_assessments_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_beut_assessments_staff_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "client_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Point = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Narrative = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SensitiveTopics = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_client_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_client_assessments_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_client_assessments_staff_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "session_measures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppointmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Individually = table.Column<int>(type: "INTEGER", nullable: true),
                    Interpersonally = table.Column<int>(type: "INTEGER", nullable: true),
                    Socially = table.Column<int>(type: "INTEGER", nullable: true),
                    Overall = table.Column<int>(type: "INTEGER", nullable: true),
                    Relationship = table.Column<int>(type: "INTEGER", nullable: true),
                    GoalsAndTopics = table.Column<int>(type: "INTEGER", nullable: true),
                    ApproachOrMethod = table.Column<int>(type: "INTEGER", nullable: true),
                    SessionOverall = table.Column<int>(type: "INTEGER", nullable: true),
                    SkipReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_session_measures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_session_measures_appointments_AppointmentId",
                        column: x => x.AppointmentId,
                        principalTable: "appointments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_session_measures_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_session_measures_staff_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "beut_ratings",
                columns: table => new
                {
                    Factor = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BeutAssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_beut_ratings", x => new { x.BeutAssessmentId, x.Factor });
                    table.CheckConstraint("CK_beut_ratings_rating", "\"Rating\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_beut_ratings_beut_assessments_BeutAssessmentId",
                        column: x => x.BeutAssessmentId,
                        principalTable: "beut_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_beut_assessments_ClientId_CompletedOn",
                table: "beut_assessments",
                columns: new[] { "ClientId", "CompletedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_beut_assessments_RecordedById",
                table: "beut_assessments",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_client_assessments_ClientId_CompletedOn",
                table: "client_assessments",
                columns: new[] { "ClientId", "CompletedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_client_assessments_RecordedById",
                table: "client_assessments",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_session_measures_appointment",
                table: "session_measures",
                column: "AppointmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_session_measures_ClientId_SessionOn",
                table: "session_measures",
                columns: new[] { "ClientId", "SessionOn" });

            migrationBuilder.CreateIndex(
                name: "IX_session_measures_RecordedById",
                table: "session_measures",
                column: "RecordedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "beut_ratings");

            migrationBuilder.DropTable(
                name: "client_assessments");

            migrationBuilder.DropTable(
                name: "session_measures");

            migrationBuilder.DropTable(
                name: "beut_assessments");
        }
    }
}
