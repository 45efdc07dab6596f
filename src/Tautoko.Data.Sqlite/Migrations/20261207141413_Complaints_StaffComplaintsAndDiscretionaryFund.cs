using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Complaints_StaffComplaintsAndDiscretionaryFund : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "complaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClosedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_complaints_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_complaints_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_complaints_staff_ClosedById",
                        column: x => x.ClosedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_complaints_staff_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_complaints_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "discretionary_fund_grants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseManagerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GrantedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApprovingManagerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discretionary_fund_grants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_discretionary_fund_grants_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_discretionary_fund_grants_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_discretionary_fund_grants_staff_ApprovingManagerId",
                        column: x => x.ApprovingManagerId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_discretionary_fund_grants_staff_CaseManagerId",
                        column: x => x.CaseManagerId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_discretionary_fund_grants_staff_DecidedById",
                        column: x => x.DecidedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_complaints_ClientId",
                table: "complaints",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_complaints_ClosedById",
                table: "complaints",
                column: "ClosedById");

            migrationBuilder.CreateIndex(
                name: "IX_complaints_RecordedById",
                table: "complaints",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_complaints_SiteId_Status_ReceivedOn",
                table: "complaints",
                columns: new[] { "SiteId", "Status", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_complaints_StaffId_ReceivedOn",
                table: "complaints",
                columns: new[] { "StaffId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_discretionary_fund_grants_ApprovingManagerId_Status",
                table: "discretionary_fund_grants",
                columns: new[] { "ApprovingManagerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_discretionary_fund_grants_CaseManagerId_GrantedOn",
                table: "discretionary_fund_grants",
                columns: new[] { "CaseManagerId", "GrantedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_discretionary_fund_grants_ClientId_RequestedAt",
                table: "discretionary_fund_grants",
                columns: new[] { "ClientId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_discretionary_fund_grants_DecidedById",
                table: "discretionary_fund_grants",
                column: "DecidedById");

            migrationBuilder.CreateIndex(
                name: "IX_discretionary_fund_grants_SiteId_GrantedOn",
                table: "discretionary_fund_grants",
                columns: new[] { "SiteId", "GrantedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complaints");

            migrationBuilder.DropTable(
                name: "discretionary_fund_grants");
        }
    }
}
