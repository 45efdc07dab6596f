using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Tautoko.Browser.Tests.StaffPages;

namespace Tautoko.Browser.Tests;

/// <summary>
/// End to end in headless Chromium: a case manager opens a new client's core-expectations check (seed 002) and works
/// each gap through the pages it links to — Jobseeker Profile, CV upload, IEP with an activity, an engagement note, a PTE plan, a VTP referral and
/// a future booking — until the check is clean; then an Employment Support Representative refers the client to a matching vacancy.
/// </summary>
[Collection(AppointmentsBrowserServer.Collection)]
public sealed class CoreExpectationsJourneyTests(AppointmentsBrowserServer server)
{
    private const string Account = "employment.casemanager";

    [Fact]
    public async Task CaseManager_WorksEveryGapFromTheCheck_UntilItIsClean_Seed002_R030()
    {
        var clientId = await NewClientOnCaseloadAsync();
        var page = await server.NewPageAsync();
        await WithScreenshotOnFailureAsync(page, "core-expectations", async () =>
        {
            await SignInAsync(page, Account);
            await page.GotoAsync($"/clients/{clientId}");
            await page.Locator("#core-expectations-link").ClickAsync();
            Assert.Contains("0 of 7", await page.Locator("#client-score").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal("notAvailable", await page.Locator("tr[data-expectation=selfServiceProfile]").GetAttributeAsync("data-status"));

            // The Jobseeker Profile, from its fix link.
            await Fix(page, "jobseekerProfile");
            await page.Locator("#profile-skills").FillAsync("Forklift, stock control");
            await page.Locator("#profile-workHistory").FillAsync("Storeperson, 2019–2024");
            await page.Locator("#profile-preferredOccupations").FillAsync("Storeperson");
            await page.Locator("#profile-preferredHours").FillAsync("Full-time");
            await page.Locator("#profile-transport").FillAsync("Own car");
            await page.Locator("#save-profile").ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Jobseeker Profile saved" }).WaitForAsync();
            await BackToCheckAsync(page, clientId, "jobseekerProfile");

            // The CV, uploaded on the same page.
            await Fix(page, "upToDateCv");
            await page.Locator("#cv-file").SetInputFilesAsync(new FilePayload { Name = "cv.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n") });
            await page.Locator("#upload-cv").ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "CV version 1 uploaded" }).WaitForAsync();
            Assert.Equal(1, await page.Locator("#cv-versions tbody tr").CountAsync());
            await BackToCheckAsync(page, clientId, "upToDateCv");

            // The IEP with an activity.
            await Fix(page, "openIepWithActivities");
            await page.Locator("#start-plan").ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Plan started" }).WaitForAsync();
            await page.Locator("#What").FillAsync("Apply for three storeperson roles");
            await page.Locator("#Who").FillAsync("Client");
            await page.Locator("#DueOn").FillAsync(server.Day.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await page.Locator("#add-activity button[type=submit]").ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Activity added" }).WaitForAsync();
            await BackToCheckAsync(page, clientId, "openIepWithActivities");

            // A work-related engagement note in the client's engagement log.
            await Fix(page, "workEngagementLogs");
            await page.Locator("#note-text").FillAsync("Talked through the job search and the forklift course; next steps agreed.");
            await page.Locator("#note-channel").SelectOptionAsync("FaceToFace");
            await page.Locator("#note-outcome").SelectOptionAsync("Contact");
            await page.Locator("#engagement-log form").GetByRole(AriaRole.Button, new() { Name = "Save note" }).ClickAsync();
            await page.Locator("#notes").Filter(new() { HasText = "next steps agreed" }).WaitForAsync();
            await BackToCheckAsync(page, clientId, "workEngagementLogs");

            // A completed Pathways to Employment plan, from its section of the employment page.
            var today = server.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await Fix(page, "ptePlan");
            await page.Locator("#pte-status-select").SelectOptionAsync("Completed");
            await page.Locator("#pte-milestones").FillAsync("Forklift course\nThree storeperson applications a week");
            await page.Locator("#pte-startedOn").FillAsync(server.Day.AddDays(-14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await page.Locator("#pte-completedOn").FillAsync(today);
            await page.Locator("#save-pte").ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "PTE plan saved" }).WaitForAsync();
            await BackToCheckAsync(page, clientId, "ptePlan");

            // A Virtual Talent Pool referral.
            await Fix(page, "vtpReferral");
            await page.Locator("#vtp-status-select").SelectOptionAsync("Referred");
            await page.Locator("#vtp-pool").FillAsync("Logistics and warehousing");
            await page.Locator("#vtp-referredOn").FillAsync(today);
            await page.Locator("#save-vtp").ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Virtual Talent Pool membership saved" }).WaitForAsync();
            await BackToCheckAsync(page, clientId, "vtpReferral");

            // A future engagement booked.
            await Fix(page, "futureEngagement");
            await page.Locator("#book-form input[name=slotId]").Nth(2).CheckAsync();
            await page.Locator("#book-form").GetByRole(AriaRole.Button, new() { Name = "Book" }).ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Booked with" }).WaitForAsync();

            await page.GotoAsync($"/clients/{clientId}/core-expectations");
            Assert.Contains("7 of 7", await page.Locator("#client-score").InnerTextAsync(), StringComparison.Ordinal);
            await page.Locator("#check-clean").WaitForAsync();
            Assert.Equal(0, await page.Locator(".fix-link").CountAsync());
            await SignOutAsync(page);

            // Once the check is clean, an Employment Support Representative finds a vacancy matching the client's
            // occupation code, sees the client ranked with the reasons, and refers them; the client's referrals list shows it.
            await SignInAsync(page, "esr");
            await page.GotoAsync("/vacancies?status=open&occupation=321211");
            await page.Locator("#vacancies a", new() { HasText = "Motor mechanic, workshop" }).ClickAsync();
            var row = page.Locator($"#matches tr[data-client='{clientId}']");
            Assert.Contains("Seeks Motor Mechanic (General) (321211)", await row.Locator(".reasons").InnerTextAsync(), StringComparison.Ordinal);
            await row.GetByRole(AriaRole.Button, new() { Name = "Refer" }).ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Referred" }).WaitForAsync();
            await page.GotoAsync($"/clients/{clientId}/referrals");
            var referral = page.Locator("#referrals tbody tr", new() { HasText = "Motor mechanic, workshop" });
            Assert.Equal("referred", await referral.Locator(".referral-stage").InnerTextAsync());
            await SignOutAsync(page);
        });
    }

    private static async Task Fix(IPage page, string expectation)
    {
        Assert.Equal("missing", await page.Locator($"tr[data-expectation={expectation}]").GetAttributeAsync("data-status"));
        await page.Locator($"a.fix-link[data-fix={expectation}]").ClickAsync();
    }

    private static async Task BackToCheckAsync(IPage page, Guid clientId, string expectation)
    {
        await page.GotoAsync($"/clients/{clientId}/core-expectations");
        Assert.Equal("met", await page.Locator($"tr[data-expectation={expectation}]").GetAttributeAsync("data-status"));
    }

    private async Task<Guid> NewClientOnCaseloadAsync()
    {
        using var api = await server.ApiAsAsync(Account);
        var sites = (await api.GetFromJsonAsync<JsonNode>("/api/sites?name=Masterton"))!;
        var site = sites["items"]![0]!["id"]!.GetValue<Guid>();
        using var created = await api.PostAsJsonAsync("/api/clients", new
        {
            firstName = "Hemi",
            lastName = "Core-Tēst",
            dateOfBirth = "1994-08-21",
            phone = "021 555 0177",
            email = "hemi@example.co.nz",
            preferredChannel = "phone",
            addressLine1 = "12 Queen Street",
            city = "Masterton",
            postcode = "5810",
            homeSiteId = site,
            benefit = "jobseekerSupportWorkReady",
            benefitStartDate = "2026-06-01",
            obligation = "fullTime",
            flags = Array.Empty<string>(),
        });
        created.EnsureSuccessStatusCode();
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
        var staffId = (await api.GetFromJsonAsync<JsonNode>("/api/appointments/my-day"))!["staffId"]!.GetValue<Guid>();
        using var connector = await server.ApiAsAsync("connector");
        using var placed = await connector.PostAsJsonAsync($"/api/clients/{id}/placements", new { caseManagerId = staffId, reason = "Employment case management: placed for the core-expectations browser test." });
        placed.EnsureSuccessStatusCode();

        // The client seeks work as a motor mechanic, and a Masterton employer has such a vacancy (the ESR's journey at the end).
        using var codes = await api.PutAsJsonAsync($"/api/clients/{id}/occupation-codes", new { codes = new[] { "321211" } });
        codes.EnsureSuccessStatusCode();
        using var esr = await server.ApiAsAsync("esr");
        using var employer = await esr.PostAsJsonAsync("/api/employers", new { name = "Dixon Street Motors Ltd", siteId = site });
        employer.EnsureSuccessStatusCode();
        var employerId = JsonNode.Parse(await employer.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
        using var vacancy = await esr.PostAsJsonAsync("/api/vacancies", new
        {
            employerId, title = "Motor mechanic, workshop", occupationCode = "321211", siteId = site, town = "Masterton",
            hoursPerWeek = 40, payPerHour = 31.00m, licencesRequired = Array.Empty<string>(), closingDate = server.Day.AddDays(21), positions = 1,
        });
        vacancy.EnsureSuccessStatusCode();
        return id;
    }
}
