using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Trialprop_ProposalScopeSite : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ScopeSiteId",
                table: "assignment_proposals",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_assignment_proposals_ScopeSiteId",
                table: "assignment_proposals",
                column: "ScopeSiteId");

            migrationBuilder.AddForeignKey(
                name: "FK_assignment_proposals_sites_ScopeSiteId",
                table: "assignment_proposals",
                column: "ScopeSiteId",
                principalTable: "sites",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_assignment_proposals_sites_ScopeSiteId",
                table: "assignment_proposals");

            migrationBuilder.DropIndex(
                name: "IX_assignment_proposals_ScopeSiteId",
                table: "assignment_proposals");

            migrationBuilder.DropColumn(
                name: "ScopeSiteId",
                table: "assignment_proposals");
        }
    }
}
