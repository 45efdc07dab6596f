using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StaffEmailsThroughOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RecipientKind",
                table: "outbox_messages",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Client");

            migrationBuilder.AddColumn<Guid>(
                name: "StaffMemberId",
                table: "outbox_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OutboxMessageId",
                table: "case_manager_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_StaffMemberId",
                table: "outbox_messages",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_case_manager_messages_OutboxMessageId",
                table: "case_manager_messages",
                column: "OutboxMessageId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_case_manager_messages_outbox_messages_OutboxMessageId",
                table: "case_manager_messages",
                column: "OutboxMessageId",
                principalTable: "outbox_messages",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_outbox_messages_staff_StaffMemberId",
                table: "outbox_messages",
                column: "StaffMemberId",
                principalTable: "staff",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_case_manager_messages_outbox_messages_OutboxMessageId",
                table: "case_manager_messages");

            migrationBuilder.DropForeignKey(
                name: "FK_outbox_messages_staff_StaffMemberId",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_StaffMemberId",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "IX_case_manager_messages_OutboxMessageId",
                table: "case_manager_messages");

            migrationBuilder.DropColumn(
                name: "RecipientKind",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "StaffMemberId",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "OutboxMessageId",
                table: "case_manager_messages");
        }
    }
}
