using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Stair_AssessmentReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReminderKey",
                table: "work_queue_tasks",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_work_queue_tasks_reminder_key",
                table: "work_queue_tasks",
                column: "ReminderKey",
                unique: true,
                filter: "\"ReminderKey\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_work_queue_tasks_reminder_key",
                table: "work_queue_tasks");

            migrationBuilder.DropColumn(
                name: "ReminderKey",
                table: "work_queue_tasks");
        }
    }
}
