using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Service = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Programme = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReferredBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcceptedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DeclinedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeclinedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    InterviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InterviewedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    FilledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FilledBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ParticipatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ParticipatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    OutcomeCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
