using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class contract_SendingWindow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sending_window",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    DayMask = table.Column<int>(type: "integer", nullable: false),
                    OpensMinute = table.Column<int>(type: "integer", nullable: false),
                    ClosesMinute = table.Column<int>(type: "integer", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sending_window", x => x.Id);
                    table.CheckConstraint("CK_sending_window_days", "\"DayMask\" > 0 AND \"DayMask\" < 128");
                    table.CheckConstraint("CK_sending_window_hours", "\"OpensMinute\" >= 0 AND \"ClosesMinute\" <= 1440 AND \"OpensMinute\" < \"ClosesMinute\"");
                    table.ForeignKey(
                        name: "FK_sending_window_staff_UpdatedById",
                        column: x => x.UpdatedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sending_window_UpdatedById",
                table: "sending_window",
                column: "UpdatedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sending_window");
        }
    }
}
