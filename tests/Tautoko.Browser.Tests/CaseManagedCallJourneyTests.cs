using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Tautoko.Browser.Tests.StaffPages;

namespace Tautoko.Browser.Tests;

/// <summary>
/// End to end in headless Chromium (R-077, R-078, R-079, R-121, R-052): a contact-centre officer takes a call from
/// a case-managed client, verifies them, sees the special caution, must-view note and tags first, reads why the
/// client did not go to their case manager, meets the need, books the next appointment with the case manager,
/// writes the note and sends the summary e-mail, which the outbox delivers to the case manager's worklist.
/// </summary>
[Collection(AppointmentsBrowserServer.Collection)]
public sealed class CaseManagedCallJourneyTests(AppointmentsBrowserServer server)
{
    private static readonly string[] CaseManagerAccounts = ["employment.casemanager", "casemanager", "rcs.casemanager", "icsm"];

    [Fact]
    public async Task Csr_WorksACaseManagedClientsCall_FromVerificationToTheSummaryEmail_R079()
    {
        var (account, caseManagerName) = await ChooseCaseManagerAsync();
        var clientId = await NewCaseManagedClientAsync(account);
        var subject = string.Empty;

        var csr = await server.NewPageAsync();
        await WithScreenshotOnFailureAsync(csr, "case-managed-call", async () =>
        {
            await SignInAsync(csr, "csr");

            // The call opens as not verified (R-078).
            await csr.GotoAsync("/calls/new?q=Karanga-T%C4%93st");
            await csr.GetByRole(AriaRole.Button, new() { Name = "Start inbound call about Hēmi Karanga-Tēst" }).ClickAsync();
            await csr.Locator("#verify-form").WaitForAsync();
            Assert.Contains("Not verified", await csr.Locator("#verification-status").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Withheld until the caller is verified", await csr.Locator("#client-details").InnerTextAsync(), StringComparison.Ordinal);

            // Identify the person and ask verifying questions from the seed's list.
            await csr.Locator("#verify-form input[name=callerKind][value=Client]").CheckAsync();
            await csr.Locator("#q-FullName").SelectOptionAsync("correct");
            await csr.Locator("#q-CurrentAndPreviousAddress").SelectOptionAsync("correct");
            await csr.Locator("#q-PayDayAndBank").SelectOptionAsync("correct");
            await csr.GetByRole(AriaRole.Button, new() { Name = "Record verification" }).ClickAsync();
            await csr.Locator("#verification-status.verified").WaitForAsync();
            Assert.StartsWith("Verified: The client", (await csr.Locator("#verification-status").InnerTextAsync()).Trim(), StringComparison.Ordinal);

            // The case-managed client process: cautions, must-view notes and tags come first (R-121, step 1).
            await csr.GetByRole(AriaRole.Link, new() { Name = "Case-managed client process" }).ClickAsync();
            await csr.Locator("#reason-for-call").FillAsync("Needs food until payday; power bill due.");
            await csr.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
            await csr.Locator("#step1").WaitForAsync();
            var stepOne = await csr.Locator("section[aria-labelledby=s1]").InnerTextAsync();
            Assert.Contains("Special caution: Raised voice at reception in March; see the site's safety plan.", stepOne, StringComparison.Ordinal);
            Assert.Contains("Must-view note: Prefers calls after 10am (night shifts).", stepOne, StringComparison.Ordinal);
            Assert.Matches(@"Tags: [A-Z]+\d? – ", stepOne);
            Assert.Contains($"Case manager: {caseManagerName}", await csr.Locator("#flow-steps").InnerTextAsync(), StringComparison.Ordinal);
            await csr.Locator("#step1").GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

            // Step 2: why not through the case manager, computed from the record.
            await csr.Locator("#step2").WaitForAsync();
            var indicators = await csr.Locator("#bypass-indicators").InnerTextAsync();
            Assert.Contains("Missed appointments (did not attend) in the last year: 0", indicators, StringComparison.Ordinal);
            Assert.Contains("Calls to the contact centre in the last 90 days:", indicators, StringComparison.Ordinal);
            Assert.Contains("Placed on the caseload before the call.", indicators, StringComparison.Ordinal);
            await csr.Locator("#step2 input[name=goodReason][value=true]").CheckAsync();
            await csr.Locator("#why-not").FillAsync("Case manager's phone went to voicemail twice this morning.");
            await csr.Locator("#step2").GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

            // Step 3: meet the need.
            await csr.Locator("#step3").WaitForAsync();
            await csr.Locator("#actions").FillAsync("Food grant of $120 made; power bill payment arranged.");
            await csr.Locator("#step3").GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

            // Step 4: book the next appointment with the case manager.
            await csr.Locator("#step4").WaitForAsync();
            await csr.Locator("#step4 input[name=book]").CheckAsync();
            await csr.Locator("#step4").GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await csr.GetByRole(AriaRole.Status).Filter(new() { HasText = "Step 4 recorded." }).WaitForAsync();
            Assert.Contains($"Booked with {caseManagerName}:", await csr.Locator("section[aria-labelledby=s4]").InnerTextAsync(), StringComparison.Ordinal);

            // Step 5: the note and the summary e-mail.
            var summary = await csr.Locator("#flow-summary").InnerTextAsync();
            Assert.Contains("Reason for call (Client need/situation): Needs food until payday; power bill due.", summary, StringComparison.Ordinal);
            Assert.Contains("Reason for coming to Contact Centre instead of Case Manager: Case manager's phone went to voicemail twice this morning.", summary, StringComparison.Ordinal);
            Assert.Contains("What actions we have completed: Food grant of $120 made; power bill payment arranged.", summary, StringComparison.Ordinal);
            Assert.Contains($"If you've booked an appointment with the Case Manager and when: Booked with {caseManagerName}", summary, StringComparison.Ordinal);
            await csr.Locator("#other-details").FillAsync("Starting a forklift course next week.");
            await csr.GetByRole(AriaRole.Button, new() { Name = "Write notes and e-mail the case manager" }).ClickAsync();
            await csr.GetByRole(AriaRole.Status).Filter(new() { HasText = "summary e-mail sent to the case manager" }).WaitForAsync();
            Assert.Contains($"summary e-mail sent to {caseManagerName}", await csr.Locator("#flow-done").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("Any other details that may be relevant: Starting a forklift course next week.", await csr.Locator("#flow-summary").InnerTextAsync(), StringComparison.Ordinal);
            subject = "Contact centre call: Hēmi Karanga-Tēst";

            // The note is in the client's engagement log.
            await csr.GotoAsync($"/clients/{clientId}");
            Assert.Contains("Contact centre call (case-managed client)", await csr.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            await SignOutAsync(csr);
        });

        // The case manager finds the e-mail on their worklist, delivered by the outbox, due within 24 hours (R-052).
        var caseManager = await server.NewPageAsync();
        await WithScreenshotOnFailureAsync(caseManager, "case-manager-summary", async () =>
        {
            await SignInAsync(caseManager, account);
            var row = caseManager.Locator("#message-list tbody tr").Filter(new() { HasText = subject });
            var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
            do
            {
                await caseManager.GotoAsync("/tasks/mine");
                if (await row.Locator(".delivery").CountAsync() == 1 && (await row.Locator(".delivery").InnerTextAsync()).StartsWith("E-mail delivered", StringComparison.Ordinal))
                {
                    break;
                }

                await Task.Delay(1000);
            }
            while (DateTimeOffset.UtcNow < deadline);

            var text = await row.InnerTextAsync();
            Assert.Contains("E-mail delivered", text, StringComparison.Ordinal);
            Assert.Contains("Hēmi Karanga-Tēst", text, StringComparison.Ordinal);
            Assert.Contains("Starting a forklift course next week.", text, StringComparison.Ordinal);
        });
    }

    /// <summary>A Masterton case manager who is at work over the next fortnight with free slots to book.</summary>
    private async Task<(string Account, string Name)> ChooseCaseManagerAsync()
    {
        foreach (var account in CaseManagerAccounts)
        {
            using var mine = await server.ApiAsAsync(account);
            var staffId = (await mine.GetFromJsonAsync<JsonNode>("/api/appointments/my-day"))!["staffId"]!.GetValue<Guid>();
            var staff = (await mine.GetFromJsonAsync<JsonNode>($"/api/staff/{staffId}"))!;
            var free = (await mine.GetFromJsonAsync<JsonArray>($"/api/staff/{staffId}/slots?free=true"))!;
            if (staff["site"]!.GetValue<string>() == "Masterton" && !Away(staff) && free.Count > 5)
            {
                return (account, staff["name"]!.GetValue<string>());
            }
        }

        throw new InvalidOperationException("No demo case manager at Masterton is at work with free slots on the test day.");
    }

    private bool Away(JsonNode staff) => staff["currentAndUpcomingLeave"]!.AsArray().Any(l =>
        DateOnly.Parse(l!["from"]!.GetValue<string>(), CultureInfo.InvariantCulture) <= server.Day.AddDays(14) &&
        DateOnly.Parse(l["to"]!.GetValue<string>(), CultureInfo.InvariantCulture) >= server.Day);

    /// <summary>A new Masterton client placed on the case manager's caseload by a connector, with a caution, a must-view note and the case manager's note.</summary>
    private async Task<Guid> NewCaseManagedClientAsync(string caseManagerAccount)
    {
        using var caseManager = await server.ApiAsAsync(caseManagerAccount);
        var site = (await caseManager.GetFromJsonAsync<JsonNode>("/api/sites?name=Masterton"))!["items"]![0]!["id"]!.GetValue<Guid>();
        using var created = await caseManager.PostAsJsonAsync("/api/clients", new
        {
            firstName = "Hēmi",
            lastName = "Karanga-Tēst",
            dateOfBirth = "1994-08-02",
            phone = "021 555 0142",
            email = "hemi@example.co.nz",
            preferredChannel = "phone",
            addressLine1 = "12 Queen Street",
            city = "Masterton",
            postcode = "5810",
            homeSiteId = site,
            benefit = "jobseekerSupportWorkReady",
            benefitStartDate = "2026-05-04",
            obligation = "fullTime",
            flags = Array.Empty<string>(),
        });
        created.EnsureSuccessStatusCode();
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();

        var staffId = (await caseManager.GetFromJsonAsync<JsonNode>("/api/appointments/my-day"))!["staffId"]!.GetValue<Guid>();
        using var connector = await server.ApiAsAsync("connector");
        using (var placed = await connector.PostAsJsonAsync($"/api/clients/{id}/placements", new { caseManagerId = staffId, reason = "Employment case management: placed for the browser test." }))
        {
            placed.EnsureSuccessStatusCode();
        }

        using (var caution = await caseManager.PostAsJsonAsync($"/api/clients/{id}/cautions", new { kind = "safetyOfStaff", text = "Raised voice at reception in March; see the site's safety plan." }))
        {
            caution.EnsureSuccessStatusCode();
        }

        using (var mustView = await caseManager.PostAsJsonAsync($"/api/clients/{id}/must-view-notes", new { text = "Prefers calls after 10am (night shifts)." }))
        {
            mustView.EnsureSuccessStatusCode();
        }

        using (var note = await caseManager.PostAsJsonAsync($"/api/clients/{id}/notes", new { channel = "phone", outcome = "contact", text = "Placed on the caseload before the call." }))
        {
            note.EnsureSuccessStatusCode();
        }

        return id;
    }
}
