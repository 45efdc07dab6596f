using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Referrals_Referrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    VacancyId = table.Column<Guid>(type: "uuid", nullable: true),
                    Service = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Programme = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReferredBy = table.Column<Guid>(type: "uuid", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AcceptedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DeclinedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeclinedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    InterviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InterviewedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    FilledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FilledBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ParticipatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ParticipatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CompletedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    OutcomeCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referrals_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_referrals_vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_ClientId_ReferredOn",
                table: "referrals",
                columns: new[] { "ClientId", "ReferredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_SiteId_ReferredOn",
                table: "referrals",
                columns: new[] { "SiteId", "ReferredOn" });

            migrationBuilder.CreateIndex(
                name: "ux_referrals_vacancy_client",
                table: "referrals",
                columns: new[] { "VacancyId", "ClientId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "referrals");
        }
    }
}
