using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Tautoko.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Caseloads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assignment_policy",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    KeepFull = table.Column<int>(type: "INTEGER", nullable: false),
                    YouthPriority = table.Column<int>(type: "INTEGER", nullable: false),
                    UnderTwoYearsPriority = table.Column<int>(type: "INTEGER", nullable: false),
                    OverTwoYearsPriority = table.Column<int>(type: "INTEGER", nullable: false),
                    WithChildrenPriority = table.Column<int>(type: "INTEGER", nullable: false),
                    WaitingPerWeek = table.Column<int>(type: "INTEGER", nullable: false),
                    WaitingCapWeeks = table.Column<int>(type: "INTEGER", nullable: false),
                    MixOvershoot = table.Column<int>(type: "INTEGER", nullable: false),
                    AwayFromHomeSite = table.Column<int>(type: "INTEGER", nullable: true),
                    MixYouth = table.Column<int>(type: "INTEGER", nullable: false),
                    MixUnderTwoYears = table.Column<int>(type: "INTEGER", nullable: false),
                    MixOverTwoYears = table.Column<int>(type: "INTEGER", nullable: false),
                    MixWithChildren = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assignment_policy", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assignment_policy_staff_UpdatedById",
                        column: x => x.UpdatedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assignment_proposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ScopeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ScopeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Policy = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    WhatIf = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    Objective = table.Column<long>(type: "INTEGER", nullable: false),
                    ClientsInScope = table.Column<int>(type: "INTEGER", nullable: false),
                    Candidates = table.Column<int>(type: "INTEGER", nullable: false),
                    FreePlacesBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    Proposed = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RejectedReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Applied = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assignment_proposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assignment_proposals_staff_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assignment_proposals_staff_DecidedById",
                        column: x => x.DecidedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "benefit_spells",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Benefit = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Obligation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_benefit_spells", x => x.Id);
                    table.ForeignKey(
                        name: "FK_benefit_spells_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "caseload_placements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseManagerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Service = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PlacedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PlacedReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TagId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    End = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ExitReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    EndNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_caseload_placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_caseload_placements_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_caseload_placements_programme_tags_TagId",
                        column: x => x.TagId,
                        principalTable: "programme_tags",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_caseload_placements_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_caseload_placements_staff_CaseManagerId",
                        column: x => x.CaseManagerId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_caseload_placements_staff_EndedById",
                        column: x => x.EndedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_caseload_placements_staff_PlacedById",
                        column: x => x.PlacedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "caseloads",
                columns: table => new
                {
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Service = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetCapacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Filled = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_caseloads", x => x.StaffId);
                    table.CheckConstraint("CK_caseloads_capacity", "\"Capacity\" BETWEEN 1 AND 300 AND \"TargetCapacity\" BETWEEN 1 AND 300");
                    table.CheckConstraint("CK_caseloads_within_capacity", "\"Filled\" >= 0 AND \"Filled\" <= \"Capacity\"");
                    table.ForeignKey(
                        name: "FK_caseloads_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_caseloads_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "job_runs",
                columns: table => new
                {
                    Job = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_job_runs", x => new { x.Job, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "lmi1_models",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrainedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Algorithm = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TrainingRows = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOutRows = table.Column<int>(type: "INTEGER", nullable: false),
                    PositiveRate = table.Column<double>(type: "REAL", nullable: false),
                    Auc = table.Column<double>(type: "REAL", nullable: false),
                    Brier = table.Column<double>(type: "REAL", nullable: false),
                    Calibration = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Weights = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ClientsScored = table.Column<int>(type: "INTEGER", nullable: false),
                    TagsAdded = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lmi1_models", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lmi1_settings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Threshold = table.Column<double>(type: "REAL", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lmi1_settings", x => x.Id);
                    table.CheckConstraint("CK_lmi1_settings_threshold", "\"Threshold\" > 0 AND \"Threshold\" < 1");
                    table.ForeignKey(
                        name: "FK_lmi1_settings_staff_UpdatedById",
                        column: x => x.UpdatedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "service_capacities",
                columns: table => new
                {
                    Service = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PerCaseManager = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_capacities", x => x.Service);
                    table.CheckConstraint("CK_service_capacities_size", "\"PerCaseManager\" BETWEEN 1 AND 300");
                    table.ForeignKey(
                        name: "FK_service_capacities_staff_UpdatedById",
                        column: x => x.UpdatedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assignment_proposal_caseloads",
                columns: table => new
                {
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Service = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    FilledBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    OutsideCohorts = table.Column<int>(type: "INTEGER", nullable: false),
                    Existing = table.Column<string>(type: "TEXT", nullable: false),
                    Added = table.Column<string>(type: "TEXT", nullable: false),
                    Targets = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assignment_proposal_caseloads", x => new { x.ProposalId, x.StaffId });
                    table.ForeignKey(
                        name: "FK_assignment_proposal_caseloads_assignment_proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "assignment_proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_assignment_proposal_caseloads_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assignment_proposal_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseManagerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Service = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Cohort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    WaitedDays = table.Column<int>(type: "INTEGER", nullable: false),
                    AwayFromHome = table.Column<bool>(type: "INTEGER", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Withdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    OverriddenById = table.Column<Guid>(type: "TEXT", nullable: true),
                    OverriddenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assignment_proposal_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assignment_proposal_lines_assignment_proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "assignment_proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_assignment_proposal_lines_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assignment_proposal_lines_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assignment_proposal_lines_staff_CaseManagerId",
                        column: x => x.CaseManagerId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assignment_proposal_lines_staff_OverriddenById",
                        column: x => x.OverriddenById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assignment_proposal_sites",
                columns: table => new
                {
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FreeFaceToFaceBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    PlacedFromSite = table.Column<int>(type: "INTEGER", nullable: false),
                    LastPlacedCohort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    LastPlacedWaitedDays = table.Column<int>(type: "INTEGER", nullable: true),
                    PlacesReachable = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assignment_proposal_sites", x => new { x.ProposalId, x.SiteId });
                    table.ForeignKey(
                        name: "FK_assignment_proposal_sites_assignment_proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "assignment_proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_assignment_proposal_sites_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "transfer_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FromCaseManagerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FromSiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToSiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToCaseManagerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FromApproved = table.Column<bool>(type: "INTEGER", nullable: true),
                    FromDecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    FromDecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FromNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ToApproved = table.Column<bool>(type: "INTEGER", nullable: true),
                    ToDecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToDecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ToNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NewPlacementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfer_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_transfer_requests_caseload_placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "caseload_placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_transfer_requests_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_transfer_requests_sites_FromSiteId",
                        column: x => x.FromSiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_transfer_requests_sites_ToSiteId",
                        column: x => x.ToSiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_transfer_requests_staff_FromCaseManagerId",
                        column: x => x.FromCaseManagerId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_transfer_requests_staff_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_transfer_requests_staff_ToCaseManagerId",
                        column: x => x.ToCaseManagerId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "lmi1_scores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScoredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Factors = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TagId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lmi1_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lmi1_scores_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_lmi1_scores_lmi1_models_ModelId",
                        column: x => x.ModelId,
                        principalTable: "lmi1_models",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_lmi1_scores_programme_tags_TagId",
                        column: x => x.TagId,
                        principalTable: "programme_tags",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "assignment_policy",
                columns: new[] { "Id", "AwayFromHomeSite", "KeepFull", "MixOverTwoYears", "MixOvershoot", "MixUnderTwoYears", "MixWithChildren", "MixYouth", "OverTwoYearsPriority", "UnderTwoYearsPriority", "UpdatedAt", "UpdatedById", "Version", "WaitingCapWeeks", "WaitingPerWeek", "WithChildrenPriority", "YouthPriority" },
                values: new object[] { 1, 200, 1000, 10, 150, 30, 10, 50, 20, 40, 1308729802752000000L, null, 0, 52, 1, 40, 100 });

            migrationBuilder.InsertData(
                table: "lmi1_settings",
                columns: new[] { "Id", "Threshold", "UpdatedAt", "UpdatedById", "Version" },
                values: new object[] { 1, 0.59999999999999998, 1308729802752000000L, null, 0 });

            migrationBuilder.InsertData(
                table: "service_capacities",
                columns: new[] { "Service", "PerCaseManager", "UpdatedAt", "UpdatedById", "Version" },
                values: new object[,]
                {
                    { "Dedicated", 100, 1308729802752000000L, null, 0 },
                    { "EmploymentFaceToFace", 105, 1308729802752000000L, null, 0 },
                    { "EmploymentReserve", 105, 1308729802752000000L, null, 0 },
                    { "General", 150, 1308729802752000000L, null, 0 },
                    { "IntegratedServices", 60, 1308729802752000000L, null, 0 },
                    { "IntensiveClientSupport", 60, 1308729802752000000L, null, 0 },
                    { "PhoneBased", 110, 1308729802752000000L, null, 0 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_assignment_policy_UpdatedById",
                table: "assignment_policy",
                column: "UpdatedById");

            migrationBuilder.CreateIndex(
                name: "IX_assignment_proposal_caseloads_StaffId",
                table: "assignment_proposal_caseloads",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_assignment_proposal_lines_CaseManagerId",
                table: "assignment_proposal_lines",
                column: "CaseManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_assignment_proposal_lines_ClientId",
                table: "assignment_proposal_lines",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_assignment_proposal_lines_OverriddenById",
                table: "assignment_proposal_lines",
                column: "OverriddenById");

            migrationBuilder.CreateIndex(
                name: "IX_assignment_proposal_lines_ProposalId_CaseManagerId",
                table: "assignment_proposal_lines",
                columns: new[] { "ProposalId", "CaseManagerId" });

            migrationBuilder.CreateIndex(
                name: "IX_assignment_proposal_lines_ProposalId_ClientId",
                table: "assignment_proposal_lines",
                columns: new[] { "ProposalId", "ClientId" });

            migrationBuilder.CreateIndex(
                name: "IX_assignment_proposal_lines_SiteId",
                table: "assignment_proposal_lines",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_assignment_proposal_sites_SiteId",
                table: "assignment_proposal_sites",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_assignment_proposals_CreatedAt",
                table: "assignment_proposals",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_assignment_proposals_CreatedById",
                table: "assignment_proposals",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_assignment_proposals_DecidedById",
                table: "assignment_proposals",
                column: "DecidedById");

            migrationBuilder.CreateIndex(
                name: "IX_benefit_spells_ClientId_StartedOn",
                table: "benefit_spells",
                columns: new[] { "ClientId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_caseload_placements_client_history",
                table: "caseload_placements",
                columns: new[] { "ClientId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_caseload_placements_EndedById",
                table: "caseload_placements",
                column: "EndedById");

            migrationBuilder.CreateIndex(
                name: "IX_caseload_placements_open_case_manager",
                table: "caseload_placements",
                column: "CaseManagerId",
                filter: "\"EndedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_caseload_placements_open_client",
                table: "caseload_placements",
                column: "ClientId",
                unique: true,
                filter: "\"EndedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_caseload_placements_PlacedById",
                table: "caseload_placements",
                column: "PlacedById");

            migrationBuilder.CreateIndex(
                name: "IX_caseload_placements_ProposalId",
                table: "caseload_placements",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_caseload_placements_SiteId",
                table: "caseload_placements",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_caseload_placements_TagId",
                table: "caseload_placements",
                column: "TagId");

            migrationBuilder.CreateIndex(
                name: "IX_caseloads_SiteId_Service",
                table: "caseloads",
                columns: new[] { "SiteId", "Service" });

            migrationBuilder.CreateIndex(
                name: "IX_lmi1_models_TrainedAt",
                table: "lmi1_models",
                column: "TrainedAt");

            migrationBuilder.CreateIndex(
                name: "IX_lmi1_scores_ClientId_ScoredOn",
                table: "lmi1_scores",
                columns: new[] { "ClientId", "ScoredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_lmi1_scores_ModelId",
                table: "lmi1_scores",
                column: "ModelId");

            migrationBuilder.CreateIndex(
                name: "IX_lmi1_scores_TagId",
                table: "lmi1_scores",
                column: "TagId");

            migrationBuilder.CreateIndex(
                name: "IX_lmi1_settings_UpdatedById",
                table: "lmi1_settings",
                column: "UpdatedById");

            migrationBuilder.CreateIndex(
                name: "IX_service_capacities_UpdatedById",
                table: "service_capacities",
                column: "UpdatedById");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_requests_ClientId_RecordedAt",
                table: "transfer_requests",
                columns: new[] { "ClientId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_transfer_requests_FromCaseManagerId",
                table: "transfer_requests",
                column: "FromCaseManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_requests_FromSiteId_Status",
                table: "transfer_requests",
                columns: new[] { "FromSiteId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_transfer_requests_PlacementId",
                table: "transfer_requests",
                column: "PlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_requests_RecordedById",
                table: "transfer_requests",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_requests_ToCaseManagerId",
                table: "transfer_requests",
                column: "ToCaseManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_requests_ToSiteId_Status",
                table: "transfer_requests",
                columns: new[] { "ToSiteId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assignment_policy");

            migrationBuilder.DropTable(
                name: "assignment_proposal_caseloads");

            migrationBuilder.DropTable(
                name: "assignment_proposal_lines");

            migrationBuilder.DropTable(
                name: "assignment_proposal_sites");

            migrationBuilder.DropTable(
                name: "benefit_spells");

            migrationBuilder.DropTable(
                name: "caseloads");

            migrationBuilder.DropTable(
                name: "job_runs");

            migrationBuilder.DropTable(
                name: "lmi1_scores");

            migrationBuilder.DropTable(
                name: "lmi1_settings");

            migrationBuilder.DropTable(
                name: "service_capacities");

            migrationBuilder.DropTable(
                name: "transfer_requests");

            migrationBuilder.DropTable(
                name: "assignment_proposals");

            migrationBuilder.DropTable(
                name: "lmi1_models");

            migrationBuilder.DropTable(
                name: "caseload_placements");
        }
    }
}
