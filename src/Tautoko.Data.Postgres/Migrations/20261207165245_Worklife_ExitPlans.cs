using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Postgres.Migrations
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
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ClosedById",
                table: "individual_employment_plans",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "HandedOverAt",
                table: "individual_employment_plans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "HandedOverById",
                table: "individual_employment_plans",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HandedOverTo",
                table: "individual_employment_plans",
                type: "character varying(500)",
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
