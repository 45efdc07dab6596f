using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Calls_CallRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "call_records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Queue = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BusinessUnit = table.Column<int>(type: "integer", nullable: false),
                    OfferedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Abandoned = table.Column<bool>(type: "boolean", nullable: false),
                    CallbackOffered = table.Column<bool>(type: "boolean", nullable: false),
                    CallbackAccepted = table.Column<bool>(type: "boolean", nullable: false),
                    OfferedMonth = table.Column<int>(type: "integer", nullable: false),
                    SecondsToAnswer = table.Column<int>(type: "integer", nullable: true),
                    HandleSeconds = table.Column<int>(type: "integer", nullable: true),
                    ImportId = table.Column<Guid>(type: "uuid", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_call_records", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_call_records_ImportId",
                table: "call_records",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_call_records_OfferedAt",
                table: "call_records",
                column: "OfferedAt");

            migrationBuilder.CreateIndex(
                name: "ux_call_records_call_id",
                table: "call_records",
                column: "CallId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "call_records");
        }
    }
}
