using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tautoko.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Employment_ProfileAndCv : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cv_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cv_documents", x => x.Id);
                    table.CheckConstraint("ck_cv_documents_size", "\"SizeBytes\" > 0 AND \"SizeBytes\" <= 2097152");
                    table.ForeignKey(
                        name: "FK_cv_documents_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "jobseeker_profiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Skills = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Licences = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WorkHistory = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PreferredOccupations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PreferredHours = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Barriers = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Transport = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    IsComplete = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jobseeker_profiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_jobseeker_profiles_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ux_cv_documents_client_version",
                table: "cv_documents",
                columns: new[] { "ClientId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_jobseeker_profiles_client",
                table: "jobseeker_profiles",
                column: "ClientId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cv_documents");

            migrationBuilder.DropTable(
                name: "jobseeker_profiles");
        }
    }
}
