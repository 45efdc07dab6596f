using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Worklife_ExitPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "FinishedById",
                table: "plan_activities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ClosedById",
                table: "individual_employment_plans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HandedOverAt",
                table: "individual_employment_plans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "HandedOverById",
                table: "individual_employment_plans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HandedOverTo",
                table: "individual_employment_plans",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FinishedById",
                table: "plan_activities");

            migrationBuilder.DropColumn(
                name: "ClosedById",
                table: "individual_employment_plans");

            migrationBuilder.DropColumn(
                name: "HandedOverAt",
                table: "individual_employment_plans");

            migrationBuilder.DropColumn(
                name: "HandedOverById",
                table: "individual_employment_plans");

            migrationBuilder.DropColumn(
                name: "HandedOverTo",
                table: "individual_employment_plans");
        }
    }
}
