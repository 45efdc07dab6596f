using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Tautoko.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Vacancies_EmployersVacanciesMatching : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "anzsco_occupations",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_anzsco_occupations", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "employers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nzbn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_employers_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "jobseeker_occupations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    MinorGroup = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jobseeker_occupations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_jobseeker_occupations_anzsco_occupations_Code",
                        column: x => x.Code,
                        principalTable: "anzsco_occupations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_jobseeker_occupations_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "vacancies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OccupationCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    MinorGroup = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Town = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HoursPerWeek = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    Hours = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PayPerHour = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    LicencesRequired = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ClosingDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Positions = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StatusChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vacancies", x => x.Id);
                    table.CheckConstraint("ck_vacancies_positions", "\"Positions\" > 0");
                    table.ForeignKey(
                        name: "FK_vacancies_anzsco_occupations_OccupationCode",
                        column: x => x.OccupationCode,
                        principalTable: "anzsco_occupations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_vacancies_employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_vacancies_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "anzsco_occupations",
                columns: new[] { "Code", "Title" },
                values: new object[,]
                {
                    { "1", "Managers" },
                    { "11", "Chief Executives, General Managers and Legislators" },
                    { "12", "Farmers and Farm Managers" },
                    { "13", "Specialist Managers" },
                    { "14", "Hospitality, Retail and Service Managers" },
                    { "141111", "Cafe or Restaurant Manager" },
                    { "141311", "Hotel or Motel Manager" },
                    { "142111", "Retail Manager (General)" },
                    { "2", "Professionals" },
                    { "21", "Arts and Media Professionals" },
                    { "22", "Business, Human Resource and Marketing Professionals" },
                    { "23", "Design, Engineering, Science and Transport Professionals" },
                    { "24", "Education Professionals" },
                    { "241111", "Early Childhood (Pre-primary School) Teacher" },
                    { "241213", "Primary School Teacher" },
                    { "241411", "Secondary School Teacher" },
                    { "25", "Health Professionals" },
                    { "26", "ICT Professionals" },
                    { "261312", "Developer Programmer" },
                    { "261313", "Software Engineer" },
                    { "27", "Legal, Social and Welfare Professionals" },
                    { "272511", "Social Worker" },
                    { "3", "Technicians and Trades Workers" },
                    { "31", "Engineering, ICT and Science Technicians" },
                    { "32", "Automotive and Engineering Trades Workers" },
                    { "321111", "Automotive Electrician" },
                    { "321211", "Motor Mechanic (General)" },
                    { "321212", "Diesel Motor Mechanic" },
                    { "321213", "Motorcycle Mechanic" },
                    { "321214", "Small Engine Mechanic" },
                    { "322311", "Metal Fabricator" },
                    { "322312", "Pressure Welder" },
                    { "322313", "Welder (First Class)" },
                    { "323211", "Fitter (General)" },
                    { "323212", "Fitter and Turner" },
                    { "323213", "Fitter-Welder" },
                    { "324111", "Panelbeater" },
                    { "324211", "Vehicle Body Builder" },
                    { "324311", "Vehicle Painter" },
                    { "33", "Construction Trades Workers" },
                    { "331111", "Bricklayer" },
                    { "331112", "Stonemason" },
                    { "331211", "Carpenter and Joiner" },
                    { "331212", "Carpenter" },
                    { "331213", "Joiner" },
                    { "332111", "Floor Finisher" },
                    { "332211", "Painting Trades Worker" },
                    { "333111", "Glazier" },
                    { "333211", "Fibrous Plasterer" },
                    { "333212", "Solid Plasterer" },
                    { "333311", "Roof Tiler" },
                    { "333411", "Wall and Floor Tiler" },
                    { "334111", "Plumber (General)" },
                    { "334112", "Airconditioning and Mechanical Services Plumber" },
                    { "334113", "Drainer" },
                    { "334114", "Gasfitter" },
                    { "334115", "Roof Plumber" },
                    { "34", "Electrotechnology and Telecommunications Trades Workers" },
                    { "341111", "Electrician (General)" },
                    { "341112", "Electrician (Special Class)" },
                    { "341113", "Lift Mechanic" },
                    { "342111", "Airconditioning and Refrigeration Mechanic" },
                    { "35", "Food Trades Workers" },
                    { "351111", "Baker" },
                    { "351112", "Pastrycook" },
                    { "351211", "Butcher or Smallgoods Maker" },
                    { "351311", "Chef" },
                    { "351411", "Cook" },
                    { "36", "Skilled Animal and Horticultural Workers" },
                    { "361116", "Shearer" },
                    { "362111", "Florist" },
                    { "362211", "Gardener (General)" },
                    { "362212", "Arborist" },
                    { "362213", "Landscape Gardener" },
                    { "362311", "Greenkeeper" },
                    { "362411", "Nurseryperson" },
                    { "39", "Other Technicians and Trades Workers" },
                    { "391111", "Hairdresser" },
                    { "394111", "Cabinetmaker" },
                    { "399111", "Boat Builder and Repairer" },
                    { "4", "Community and Personal Service Workers" },
                    { "41", "Health and Welfare Support Workers" },
                    { "411111", "Ambulance Officer" },
                    { "411411", "Enrolled Nurse" },
                    { "411711", "Community Worker" },
                    { "411712", "Disabilities Services Officer" },
                    { "411713", "Family Support Worker" },
                    { "411715", "Residential Care Officer" },
                    { "411716", "Youth Worker" },
                    { "42", "Carers and Aides" },
                    { "421111", "Child Care Worker" },
                    { "421113", "Nanny" },
                    { "423111", "Aged or Disabled Carer" },
                    { "423211", "Dental Assistant" },
                    { "423311", "Hospital Orderly" },
                    { "423312", "Nursing Support Worker" },
                    { "423313", "Personal Care Assistant" },
                    { "423314", "Therapy Aide" },
                    { "43", "Hospitality Workers" },
                    { "431111", "Bar Attendant" },
                    { "431112", "Barista" },
                    { "431211", "Cafe Worker" },
                    { "431311", "Gaming Worker" },
                    { "431411", "Hotel Service Manager" },
                    { "431511", "Waiter" },
                    { "431911", "Bar Useful or Busser" },
                    { "431912", "Doorperson or Luggage Porter" },
                    { "44", "Protective Service Workers" },
                    { "442111", "Prison Officer" },
                    { "442213", "Crowd Controller" },
                    { "442217", "Security Officer" },
                    { "45", "Sports and Personal Service Workers" },
                    { "451111", "Beauty Therapist" },
                    { "451211", "Driving Instructor" },
                    { "5", "Clerical and Administrative Workers" },
                    { "51", "Office Managers and Program Administrators" },
                    { "511111", "Contract Administrator" },
                    { "511112", "Program or Project Administrator" },
                    { "512111", "Office Manager" },
                    { "52", "Personal Assistants and Secretaries" },
                    { "521111", "Personal Assistant" },
                    { "521211", "Secretary (General)" },
                    { "53", "General Clerical Workers" },
                    { "531111", "General Clerk" },
                    { "532111", "Data Entry Operator" },
                    { "532113", "Word Processing Operator" },
                    { "54", "Inquiry Clerks and Receptionists" },
                    { "541111", "Call or Contact Centre Team Leader" },
                    { "541112", "Call or Contact Centre Operator" },
                    { "541211", "Information Officer" },
                    { "542111", "Receptionist (General)" },
                    { "542112", "Admissions Clerk" },
                    { "542113", "Hotel or Motel Receptionist" },
                    { "542114", "Medical Receptionist" },
                    { "55", "Numerical Clerks" },
                    { "551111", "Accounts Clerk" },
                    { "551112", "Cost Clerk" },
                    { "551211", "Bookkeeper" },
                    { "551311", "Payroll Clerk" },
                    { "552111", "Bank Worker" },
                    { "56", "Clerical and Office Support Workers" },
                    { "561211", "Courier" },
                    { "561212", "Postal Delivery Officer" },
                    { "561311", "Filing or Registry Clerk" },
                    { "561411", "Mail Clerk" },
                    { "561611", "Switchboard Operator" },
                    { "59", "Other Clerical and Administrative Workers" },
                    { "591112", "Purchasing Officer" },
                    { "591113", "Stock Clerk" },
                    { "591114", "Warehouse Administrator" },
                    { "591211", "Despatching and Receiving Clerk" },
                    { "591212", "Import-Export Clerk" },
                    { "6", "Sales Workers" },
                    { "61", "Sales Representatives and Agents" },
                    { "612112", "Property Manager" },
                    { "612114", "Real Estate Agent" },
                    { "62", "Sales Assistants and Salespersons" },
                    { "621111", "Sales Assistant (General)" },
                    { "621511", "Retail Supervisor" },
                    { "621611", "Service Station Attendant" },
                    { "63", "Sales Support Workers" },
                    { "631111", "Checkout Operator" },
                    { "631112", "Office Cashier" },
                    { "639311", "Telemarketer" },
                    { "639411", "Ticket Seller" },
                    { "639511", "Visual Merchandiser" },
                    { "7", "Machinery Operators and Drivers" },
                    { "71", "Machine and Stationary Plant Operators" },
                    { "712111", "Crane, Hoist or Lift Operator" },
                    { "72", "Mobile Plant Operators" },
                    { "721111", "Agricultural and Horticultural Mobile Plant Operator" },
                    { "721112", "Logging Plant Operator" },
                    { "721211", "Earthmoving Plant Operator (General)" },
                    { "721212", "Backhoe Operator" },
                    { "721213", "Bulldozer Operator" },
                    { "721214", "Excavator Operator" },
                    { "721215", "Grader Operator" },
                    { "721216", "Loader Operator" },
                    { "721311", "Forklift Driver" },
                    { "721911", "Aircraft Baggage Handler and Airline Ground Crew" },
                    { "721912", "Linemarker" },
                    { "721913", "Paving Plant Operator" },
                    { "721914", "Railway Track Plant Operator" },
                    { "721915", "Road Roller Operator" },
                    { "721916", "Streetsweeper Operator" },
                    { "73", "Road and Rail Drivers" },
                    { "731111", "Chauffeur" },
                    { "731112", "Taxi Driver" },
                    { "731211", "Bus Driver" },
                    { "731212", "Charter and Tour Bus Driver" },
                    { "731213", "Passenger Coach Driver" },
                    { "732111", "Delivery Driver" },
                    { "733111", "Truck Driver (General)" },
                    { "733112", "Aircraft Refueller" },
                    { "733113", "Furniture Removalist" },
                    { "733114", "Tanker Driver" },
                    { "733115", "Tow Truck Driver" },
                    { "74", "Storepersons" },
                    { "741111", "Storeperson" },
                    { "8", "Labourers" },
                    { "81", "Cleaners and Laundry Workers" },
                    { "811111", "Car Detailer" },
                    { "811211", "Commercial Cleaner" },
                    { "811311", "Domestic Cleaner" },
                    { "811411", "Commercial Housekeeper" },
                    { "811412", "Domestic Housekeeper" },
                    { "811511", "Laundry Worker (General)" },
                    { "811611", "Carpet Cleaner" },
                    { "811612", "Window Cleaner" },
                    { "82", "Construction and Mining Labourers" },
                    { "821111", "Builder's Labourer" },
                    { "821112", "Drainage, Sewerage and Stormwater Labourer" },
                    { "821113", "Earthmoving Labourer" },
                    { "821114", "Plumber's Assistant" },
                    { "821211", "Concreter" },
                    { "821311", "Fencer" },
                    { "821411", "Building Insulation Installer" },
                    { "821511", "Paving and Surfacing Labourer" },
                    { "821611", "Railway Track Worker" },
                    { "821711", "Construction Rigger" },
                    { "821712", "Scaffolder" },
                    { "821713", "Steel Fixer" },
                    { "821714", "Structural Steel Erector" },
                    { "83", "Factory Process Workers" },
                    { "831311", "Meat Boner and Slicer" },
                    { "831312", "Slaughterer" },
                    { "831313", "Meat Process Worker" },
                    { "832111", "Chocolate Packer" },
                    { "832112", "Container Filler" },
                    { "832113", "Fruit and Vegetable Packer" },
                    { "832114", "Meat Packer" },
                    { "832115", "Seafood Packer" },
                    { "832211", "Product Assembler" },
                    { "84", "Farm, Forestry and Garden Workers" },
                    { "841211", "Fruit or Nut Farm Worker" },
                    { "841212", "Fruit or Nut Picker" },
                    { "841213", "Grain, Oilseed or Pasture Farm Worker" },
                    { "841214", "Vegetable Farm Worker" },
                    { "841215", "Vegetable Picker" },
                    { "841216", "Vineyard Worker" },
                    { "841411", "Garden Labourer" },
                    { "85", "Food Preparation Assistants" },
                    { "851111", "Fast Food Cook" },
                    { "851311", "Kitchenhand" },
                    { "89", "Other Labourers" },
                    { "891111", "Freight Handler (Rail or Road)" },
                    { "891112", "Truck Driver's Offsider" },
                    { "891113", "Waterside Worker" },
                    { "891211", "Shelf Filler" },
                    { "899211", "Deck Hand" },
                    { "899212", "Fishing Hand" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_employers_RegionId_Name",
                table: "employers",
                columns: new[] { "RegionId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_employers_SiteId",
                table: "employers",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_jobseeker_occupations_Code",
                table: "jobseeker_occupations",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "ix_jobseeker_occupations_minor_group",
                table: "jobseeker_occupations",
                columns: new[] { "MinorGroup", "ClientId", "Code" });

            migrationBuilder.CreateIndex(
                name: "ux_jobseeker_occupations_client_code",
                table: "jobseeker_occupations",
                columns: new[] { "ClientId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vacancies_EmployerId",
                table: "vacancies",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_vacancies_OccupationCode",
                table: "vacancies",
                column: "OccupationCode");

            migrationBuilder.CreateIndex(
                name: "IX_vacancies_RegionId_Status_MinorGroup",
                table: "vacancies",
                columns: new[] { "RegionId", "Status", "MinorGroup" });

            migrationBuilder.CreateIndex(
                name: "IX_vacancies_SiteId",
                table: "vacancies",
                column: "SiteId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "jobseeker_occupations");

            migrationBuilder.DropTable(
                name: "vacancies");

            migrationBuilder.DropTable(
                name: "anzsco_occupations");

            migrationBuilder.DropTable(
                name: "employers");
        }
    }
}
