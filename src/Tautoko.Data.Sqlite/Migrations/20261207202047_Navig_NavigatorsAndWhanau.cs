using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Navig_NavigatorsAndWhanau : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ics_settings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    WhanauCountInCaseload = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ics_settings", x => x.Id);
                    table.CheckConstraint("CK_ics_settings_singleton", "\"Id\" = 1");
                    table.ForeignKey(
                        name: "FK_ics_settings_staff_UpdatedById",
                        column: x => x.UpdatedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "navigator_client_links",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NavigatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseManagerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedById = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_navigator_client_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_navigator_client_links_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_navigator_client_links_staff_CaseManagerId",
                        column: x => x.CaseManagerId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_navigator_client_links_staff_EndedById",
                        column: x => x.EndedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_navigator_client_links_staff_LinkedById",
                        column: x => x.LinkedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_navigator_client_links_staff_NavigatorId",
                        column: x => x.NavigatorId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "navigator_contracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NavigatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    CaseManagerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_navigator_contracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_navigator_contracts_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_navigator_contracts_staff_CaseManagerId",
                        column: x => x.CaseManagerId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_navigator_contracts_staff_NavigatorId",
                        column: x => x.NavigatorId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_navigator_contracts_staff_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "whanau_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_whanau_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_whanau_members_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_whanau_members_staff_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ics_settings_UpdatedById",
                table: "ics_settings",
                column: "UpdatedById");

            migrationBuilder.CreateIndex(
                name: "IX_navigator_client_links_CaseManagerId_NavigatorId",
                table: "navigator_client_links",
                columns: new[] { "CaseManagerId", "NavigatorId" });

            migrationBuilder.CreateIndex(
                name: "IX_navigator_client_links_ClientId",
                table: "navigator_client_links",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_navigator_client_links_EndedById",
                table: "navigator_client_links",
                column: "EndedById");

            migrationBuilder.CreateIndex(
                name: "IX_navigator_client_links_LinkedById",
                table: "navigator_client_links",
                column: "LinkedById");

            migrationBuilder.CreateIndex(
                name: "IX_navigator_client_links_NavigatorId_ClientId_EndedAt",
                table: "navigator_client_links",
                columns: new[] { "NavigatorId", "ClientId", "EndedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_navigator_contracts_CaseManagerId",
                table: "navigator_contracts",
                column: "CaseManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_navigator_contracts_NavigatorId_CaseManagerId",
                table: "navigator_contracts",
                columns: new[] { "NavigatorId", "CaseManagerId" });

            migrationBuilder.CreateIndex(
                name: "IX_navigator_contracts_RecordedById",
                table: "navigator_contracts",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_navigator_contracts_SiteId",
                table: "navigator_contracts",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_whanau_members_ClientId_EndedAt",
                table: "whanau_members",
                columns: new[] { "ClientId", "EndedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_whanau_members_RecordedById",
                table: "whanau_members",
                column: "RecordedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ics_settings");

            migrationBuilder.DropTable(
                name: "navigator_client_links");

            migrationBuilder.DropTable(
                name: "navigator_contracts");

            migrationBuilder.DropTable(
                name: "whanau_members");
        }
    }
}
