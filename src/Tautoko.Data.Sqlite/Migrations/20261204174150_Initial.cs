using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Tautoko.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Entity = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RemoteAddress = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ViaBreakGlass = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
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
                name: "regions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sites",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ServedRegionIds = table.Column<string>(type: "TEXT", nullable: false),
                    opening_hours = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sites_regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "clients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientNumber = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 9, nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MiddleNames = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PreferredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FirstNameFolded = table.Column<string>(type: "TEXT", maxLength: 201, nullable: false),
                    LastNameFolded = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 310, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PreferredChannel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Address_Line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Address_Suburb = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Address_City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Address_Postcode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    HomeSiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Benefit = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    BenefitStartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Obligation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FirstBenefitAge = table.Column<int>(type: "INTEGER", nullable: true),
                    FirstBenefitType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Flags = table.Column<int>(type: "INTEGER", nullable: false),
                    Agent_FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Agent_Relationship = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Agent_Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Agent_IsVerified = table.Column<bool>(type: "INTEGER", nullable: true),
                    IsRestricted = table.Column<bool>(type: "INTEGER", nullable: false),
                    RestrictionReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_clients_sites_HomeSiteId",
                        column: x => x.HomeSiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Variant = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Fte = table.Column<decimal>(type: "TEXT", precision: 3, scale: 2, nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BuddyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff", x => x.Id);
                    table.ForeignKey(
                        name: "FK_staff_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_staff_staff_BuddyId",
                        column: x => x.BuddyId,
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
                name: "household_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_household_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_household_members_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "appointment_slots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsWithdrawn = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appointment_slots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_appointment_slots_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_appointment_slots_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "break_glass_access",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientHomeSiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewedById = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_break_glass_access", x => x.Id);
                    table.ForeignKey(
                        name: "FK_break_glass_access_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_break_glass_access_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "calendar_blockouts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<long>(type: "INTEGER", nullable: false),
                    To = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_blockouts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_calendar_blockouts_staff_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_calendar_blockouts_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_manager_calendars",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    BufferMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    IsLocked = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    blocks = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_manager_calendars", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_manager_calendars_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_case_manager_calendars_staff_ReviewedById",
                        column: x => x.ReviewedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_case_manager_calendars_staff_StaffId",
                        column: x => x.StaffId,
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
                name: "engagement_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    CorrectsNoteId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engagement_notes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_engagement_notes_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_engagement_notes_engagement_notes_CorrectsNoteId",
                        column: x => x.CorrectsNoteId,
                        principalTable: "engagement_notes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_engagement_notes_staff_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "hardship_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Need = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hardship_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_hardship_requests_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_hardship_requests_staff_DecidedById",
                        column: x => x.DecidedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "must_view_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AddedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Expires = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_must_view_notes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_must_view_notes_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_must_view_notes_staff_AddedById",
                        column: x => x.AddedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "programme_tags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AddedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AddedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RemovedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    RemovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RemovedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programme_tags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_programme_tags_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_programme_tags_staff_AddedById",
                        column: x => x.AddedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_programme_tags_staff_RemovedById",
                        column: x => x.RemovedById,
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
                name: "special_cautions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AddedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_special_cautions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_special_cautions_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_special_cautions_staff_AddedById",
                        column: x => x.AddedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff_leave",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_leave", x => x.Id);
                    table.ForeignKey(
                        name: "FK_staff_leave_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "voicemail_checks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    MessagesFound = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_voicemail_checks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_voicemail_checks_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "work_queues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    TargetHours = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_queues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_work_queues_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_work_queues_staff_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "appointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SlotId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    WalkInPurpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Cover = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SeriesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BookedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DnaRisk = table.Column<double>(type: "REAL", nullable: false),
                    ResultedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResultedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResultNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IdentityVerified = table.Column<bool>(type: "INTEGER", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appointments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_appointments_appointment_slots_SlotId",
                        column: x => x.SlotId,
                        principalTable: "appointment_slots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_appointments_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_appointments_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_appointments_staff_BookedById",
                        column: x => x.BookedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_appointments_staff_ResultedById",
                        column: x => x.ResultedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_appointments_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateTable(
                name: "work_queue_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    QueueId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QueueKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Need = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TakenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HoldReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    HeldAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    UnsuccessfulAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_queue_tasks", x => x.Id);
                    table.CheckConstraint("ck_work_queue_tasks_owner", "(\"Status\" = 'InProgress' AND \"OwnerId\" IS NOT NULL) OR (\"Status\" <> 'InProgress' AND \"OwnerId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_work_queue_tasks_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_work_queue_tasks_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_work_queue_tasks_staff_CompletedById",
                        column: x => x.CompletedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_work_queue_tasks_staff_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_work_queue_tasks_staff_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_work_queue_tasks_work_queues_QueueId",
                        column: x => x.QueueId,
                        principalTable: "work_queues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false, defaultValue: "Client"),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AppointmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Letter = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NotBefore = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DeliveryReference = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_outbox_messages_appointments_AppointmentId",
                        column: x => x.AppointmentId,
                        principalTable: "appointments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_outbox_messages_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_outbox_messages_staff_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "staff",
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
                name: "client_calls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Verification = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CallerKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CallerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    QuestionsAsked = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionsCorrect = table.Column<int>(type: "INTEGER", nullable: false),
                    VerifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    VerificationNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_client_calls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_client_calls_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_client_calls_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_client_calls_work_queue_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "work_queue_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contact_attempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ById = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Voicemail = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Script = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    MessageLeft = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EngagementNoteId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contact_attempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_contact_attempts_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_contact_attempts_engagement_notes_EngagementNoteId",
                        column: x => x.EngagementNoteId,
                        principalTable: "engagement_notes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_contact_attempts_staff_ById",
                        column: x => x.ById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_contact_attempts_work_queue_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "work_queue_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contact_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ById = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Checks_TaskAndRecordReviewed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Checks_ContactDetailsConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Checks_CircumstancesConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Checks_ClientEventsChecked = table.Column<bool>(type: "INTEGER", nullable: false),
                    Checks_BenefitExpiriesChecked = table.Column<bool>(type: "INTEGER", nullable: false),
                    Checks_RedirectionsAndDebtOffsetsChecked = table.Column<bool>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contact_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_contact_reviews_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_contact_reviews_staff_ById",
                        column: x => x.ById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_contact_reviews_work_queue_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "work_queue_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "work_queue_task_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FromQueueId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToQueueId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_queue_task_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_work_queue_task_events_staff_ById",
                        column: x => x.ById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_work_queue_task_events_work_queue_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "work_queue_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_work_queue_task_events_work_queues_FromQueueId",
                        column: x => x.FromQueueId,
                        principalTable: "work_queues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_work_queue_task_events_work_queues_ToQueueId",
                        column: x => x.ToQueueId,
                        principalTable: "work_queues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_manager_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseManagerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FromStaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Response = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ResponseNote = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    EngagementNoteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OutboxMessageId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_manager_messages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_manager_messages_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_case_manager_messages_engagement_notes_EngagementNoteId",
                        column: x => x.EngagementNoteId,
                        principalTable: "engagement_notes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_case_manager_messages_outbox_messages_OutboxMessageId",
                        column: x => x.OutboxMessageId,
                        principalTable: "outbox_messages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_case_manager_messages_staff_AcknowledgedById",
                        column: x => x.AcknowledgedById,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_case_manager_messages_staff_CaseManagerId",
                        column: x => x.CaseManagerId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_case_manager_messages_staff_FromStaffId",
                        column: x => x.FromStaffId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_managed_call_flows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseManagerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReasonForCall = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    HandBack = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    NeedsAppointment = table.Column<bool>(type: "INTEGER", nullable: true),
                    GoodReason = table.Column<bool>(type: "INTEGER", nullable: true),
                    ReasonNotViaCaseManager = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ActionsTaken = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    HardshipRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AppointmentSummary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OtherDetails = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EngagementNoteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SummaryMessageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_managed_call_flows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_managed_call_flows_case_manager_messages_SummaryMessageId",
                        column: x => x.SummaryMessageId,
                        principalTable: "case_manager_messages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_case_managed_call_flows_client_calls_CallId",
                        column: x => x.CallId,
                        principalTable: "client_calls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_case_managed_call_flows_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_case_managed_call_flows_engagement_notes_EngagementNoteId",
                        column: x => x.EngagementNoteId,
                        principalTable: "engagement_notes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_case_managed_call_flows_hardship_requests_HardshipRequestId",
                        column: x => x.HardshipRequestId,
                        principalTable: "hardship_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_case_managed_call_flows_staff_CaseManagerId",
                        column: x => x.CaseManagerId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_case_managed_call_flows_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "staff",
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
                name: "IX_appointment_slots_SiteId_StartsAt",
                table: "appointment_slots",
                columns: new[] { "SiteId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_appointment_slots_StaffId_Date",
                table: "appointment_slots",
                columns: new[] { "StaffId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_appointment_slots_StaffId_StartsAt",
                table: "appointment_slots",
                columns: new[] { "StaffId", "StartsAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_appointments_BookedById",
                table: "appointments",
                column: "BookedById");

            migrationBuilder.CreateIndex(
                name: "IX_appointments_ClientId_StartsAt",
                table: "appointments",
                columns: new[] { "ClientId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_appointments_ResultedById",
                table: "appointments",
                column: "ResultedById");

            migrationBuilder.CreateIndex(
                name: "IX_appointments_SiteId_StartsAt",
                table: "appointments",
                columns: new[] { "SiteId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_appointments_StaffId_StartsAt",
                table: "appointments",
                columns: new[] { "StaffId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "ux_appointments_slot",
                table: "appointments",
                column: "SlotId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_StaffId",
                table: "AspNetUsers",
                column: "StaffId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

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
                name: "IX_audit_entries_ClientId_At",
                table: "audit_entries",
                columns: new[] { "ClientId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_StaffId_At",
                table: "audit_entries",
                columns: new[] { "StaffId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_benefit_spells_ClientId_StartedOn",
                table: "benefit_spells",
                columns: new[] { "ClientId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_break_glass_access_ClientHomeSiteId_At",
                table: "break_glass_access",
                columns: new[] { "ClientHomeSiteId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_break_glass_access_ClientId",
                table: "break_glass_access",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_break_glass_access_StaffId_ClientId_ExpiresAt",
                table: "break_glass_access",
                columns: new[] { "StaffId", "ClientId", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_calendar_blockouts_CreatedById",
                table: "calendar_blockouts",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_calendar_blockouts_StaffId_From",
                table: "calendar_blockouts",
                columns: new[] { "StaffId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_case_managed_call_flows_CallId",
                table: "case_managed_call_flows",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_case_managed_call_flows_CaseManagerId",
                table: "case_managed_call_flows",
                column: "CaseManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_case_managed_call_flows_ClientId",
                table: "case_managed_call_flows",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_case_managed_call_flows_EngagementNoteId",
                table: "case_managed_call_flows",
                column: "EngagementNoteId");

            migrationBuilder.CreateIndex(
                name: "IX_case_managed_call_flows_HardshipRequestId",
                table: "case_managed_call_flows",
                column: "HardshipRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_case_managed_call_flows_StaffId",
                table: "case_managed_call_flows",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_case_managed_call_flows_SummaryMessageId",
                table: "case_managed_call_flows",
                column: "SummaryMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_case_manager_calendars_ReviewedById",
                table: "case_manager_calendars",
                column: "ReviewedById");

            migrationBuilder.CreateIndex(
                name: "IX_case_manager_calendars_SiteId",
                table: "case_manager_calendars",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_case_manager_calendars_StaffId",
                table: "case_manager_calendars",
                column: "StaffId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_manager_messages_AcknowledgedById",
                table: "case_manager_messages",
                column: "AcknowledgedById");

            migrationBuilder.CreateIndex(
                name: "IX_case_manager_messages_CaseManagerId_AcknowledgedAt_DueAt",
                table: "case_manager_messages",
                columns: new[] { "CaseManagerId", "AcknowledgedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_case_manager_messages_ClientId",
                table: "case_manager_messages",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_case_manager_messages_EngagementNoteId",
                table: "case_manager_messages",
                column: "EngagementNoteId");

            migrationBuilder.CreateIndex(
                name: "IX_case_manager_messages_FromStaffId",
                table: "case_manager_messages",
                column: "FromStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_case_manager_messages_OutboxMessageId",
                table: "case_manager_messages",
                column: "OutboxMessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_manager_messages_ReceivedAt",
                table: "case_manager_messages",
                column: "ReceivedAt");

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
                name: "IX_client_calls_ClientId_StartedAt",
                table: "client_calls",
                columns: new[] { "ClientId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_client_calls_StaffId_StartedAt",
                table: "client_calls",
                columns: new[] { "StaffId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_client_calls_TaskId",
                table: "client_calls",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_clients_ClientNumber",
                table: "clients",
                column: "ClientNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_clients_DateOfBirth",
                table: "clients",
                column: "DateOfBirth");

            migrationBuilder.CreateIndex(
                name: "IX_clients_HomeSiteId",
                table: "clients",
                column: "HomeSiteId");

            migrationBuilder.CreateIndex(
                name: "IX_clients_LastNameFolded_FirstNameFolded",
                table: "clients",
                columns: new[] { "LastNameFolded", "FirstNameFolded" });

            migrationBuilder.CreateIndex(
                name: "IX_contact_attempts_ById",
                table: "contact_attempts",
                column: "ById");

            migrationBuilder.CreateIndex(
                name: "IX_contact_attempts_ClientId_OccurredAt",
                table: "contact_attempts",
                columns: new[] { "ClientId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_contact_attempts_EngagementNoteId",
                table: "contact_attempts",
                column: "EngagementNoteId");

            migrationBuilder.CreateIndex(
                name: "IX_contact_attempts_TaskId_Number",
                table: "contact_attempts",
                columns: new[] { "TaskId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_contact_reviews_ById",
                table: "contact_reviews",
                column: "ById");

            migrationBuilder.CreateIndex(
                name: "IX_contact_reviews_ClientId",
                table: "contact_reviews",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_contact_reviews_TaskId",
                table: "contact_reviews",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_engagement_notes_AuthorId",
                table: "engagement_notes",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_engagement_notes_ClientId_OccurredAt",
                table: "engagement_notes",
                columns: new[] { "ClientId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_engagement_notes_CorrectsNoteId",
                table: "engagement_notes",
                column: "CorrectsNoteId");

            migrationBuilder.CreateIndex(
                name: "IX_hardship_requests_ClientId_RequestedAt",
                table: "hardship_requests",
                columns: new[] { "ClientId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_hardship_requests_DecidedById",
                table: "hardship_requests",
                column: "DecidedById");

            migrationBuilder.CreateIndex(
                name: "IX_household_members_ClientId",
                table: "household_members",
                column: "ClientId");

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
                name: "IX_must_view_notes_AddedById",
                table: "must_view_notes",
                column: "AddedById");

            migrationBuilder.CreateIndex(
                name: "IX_must_view_notes_ClientId",
                table: "must_view_notes",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_AppointmentId",
                table: "outbox_messages",
                column: "AppointmentId");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ClientId",
                table: "outbox_messages",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_StaffMemberId",
                table: "outbox_messages",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_Status_NotBefore",
                table: "outbox_messages",
                columns: new[] { "Status", "NotBefore" });

            migrationBuilder.CreateIndex(
                name: "IX_programme_tags_AddedById",
                table: "programme_tags",
                column: "AddedById");

            migrationBuilder.CreateIndex(
                name: "IX_programme_tags_ClientId_Code",
                table: "programme_tags",
                columns: new[] { "ClientId", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_programme_tags_RemovedById",
                table: "programme_tags",
                column: "RemovedById");

            migrationBuilder.CreateIndex(
                name: "IX_regions_Code",
                table: "regions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_service_capacities_UpdatedById",
                table: "service_capacities",
                column: "UpdatedById");

            migrationBuilder.CreateIndex(
                name: "IX_sites_Code",
                table: "sites",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sites_RegionId",
                table: "sites",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_special_cautions_AddedById",
                table: "special_cautions",
                column: "AddedById");

            migrationBuilder.CreateIndex(
                name: "IX_special_cautions_ClientId",
                table: "special_cautions",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_staff_BuddyId",
                table: "staff",
                column: "BuddyId");

            migrationBuilder.CreateIndex(
                name: "IX_staff_SiteId_Role",
                table: "staff",
                columns: new[] { "SiteId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_staff_StaffNumber",
                table: "staff",
                column: "StaffNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_staff_leave_StaffId",
                table: "staff_leave",
                column: "StaffId");

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

            migrationBuilder.CreateIndex(
                name: "IX_voicemail_checks_StaffId_At",
                table: "voicemail_checks",
                columns: new[] { "StaffId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_work_queue_task_events_ById",
                table: "work_queue_task_events",
                column: "ById");

            migrationBuilder.CreateIndex(
                name: "IX_work_queue_task_events_FromQueueId",
                table: "work_queue_task_events",
                column: "FromQueueId");

            migrationBuilder.CreateIndex(
                name: "IX_work_queue_task_events_TaskId_At",
                table: "work_queue_task_events",
                columns: new[] { "TaskId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_work_queue_task_events_ToQueueId",
                table: "work_queue_task_events",
                column: "ToQueueId");

            migrationBuilder.CreateIndex(
                name: "IX_work_queue_tasks_ClientId_Status",
                table: "work_queue_tasks",
                columns: new[] { "ClientId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_work_queue_tasks_CompletedById",
                table: "work_queue_tasks",
                column: "CompletedById");

            migrationBuilder.CreateIndex(
                name: "IX_work_queue_tasks_CreatedById",
                table: "work_queue_tasks",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_work_queue_tasks_OwnerId_Status",
                table: "work_queue_tasks",
                columns: new[] { "OwnerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_work_queue_tasks_QueueId_Status_DueAt",
                table: "work_queue_tasks",
                columns: new[] { "QueueId", "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_work_queue_tasks_SiteId_Status",
                table: "work_queue_tasks",
                columns: new[] { "SiteId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_work_queues_CreatedById",
                table: "work_queues",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_work_queues_SiteId_Kind",
                table: "work_queues",
                columns: new[] { "SiteId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_work_queues_SiteId_Name",
                table: "work_queues",
                columns: new[] { "SiteId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "assignment_policy");

            migrationBuilder.DropTable(
                name: "assignment_proposal_caseloads");

            migrationBuilder.DropTable(
                name: "assignment_proposal_lines");

            migrationBuilder.DropTable(
                name: "assignment_proposal_sites");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "benefit_spells");

            migrationBuilder.DropTable(
                name: "break_glass_access");

            migrationBuilder.DropTable(
                name: "calendar_blockouts");

            migrationBuilder.DropTable(
                name: "case_managed_call_flows");

            migrationBuilder.DropTable(
                name: "case_manager_calendars");

            migrationBuilder.DropTable(
                name: "caseloads");

            migrationBuilder.DropTable(
                name: "contact_attempts");

            migrationBuilder.DropTable(
                name: "contact_reviews");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "household_members");

            migrationBuilder.DropTable(
                name: "job_runs");

            migrationBuilder.DropTable(
                name: "lmi1_scores");

            migrationBuilder.DropTable(
                name: "lmi1_settings");

            migrationBuilder.DropTable(
                name: "must_view_notes");

            migrationBuilder.DropTable(
                name: "service_capacities");

            migrationBuilder.DropTable(
                name: "special_cautions");

            migrationBuilder.DropTable(
                name: "staff_leave");

            migrationBuilder.DropTable(
                name: "transfer_requests");

            migrationBuilder.DropTable(
                name: "voicemail_checks");

            migrationBuilder.DropTable(
                name: "work_queue_task_events");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "assignment_proposals");

            migrationBuilder.DropTable(
                name: "case_manager_messages");

            migrationBuilder.DropTable(
                name: "client_calls");

            migrationBuilder.DropTable(
                name: "hardship_requests");

            migrationBuilder.DropTable(
                name: "lmi1_models");

            migrationBuilder.DropTable(
                name: "caseload_placements");

            migrationBuilder.DropTable(
                name: "engagement_notes");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "work_queue_tasks");

            migrationBuilder.DropTable(
                name: "programme_tags");

            migrationBuilder.DropTable(
                name: "appointments");

            migrationBuilder.DropTable(
                name: "work_queues");

            migrationBuilder.DropTable(
                name: "appointment_slots");

            migrationBuilder.DropTable(
                name: "clients");

            migrationBuilder.DropTable(
                name: "staff");

            migrationBuilder.DropTable(
                name: "sites");

            migrationBuilder.DropTable(
                name: "regions");
        }
    }
}
