using System.Net;
using Tautoko.Web.Tests.Infrastructure;
using static Tautoko.Web.Tests.ContactCentre.ContactCentreRecords;

namespace Tautoko.Web.Tests.ContactCentre;

/// <summary>The contact centre's process for a case-managed client (R-079, 002 "CSR process for Employment and Phone-Based").</summary>
public abstract class CaseManagedFlowTests(TautokoServer server)
{
    [Fact]
    public async Task Flow_FiveSteps_WritesTheNoteAndEmailsTheCaseManagerTheSummary()
    {
        // R-079: steps 1–5; the note and the e-mail to the case manager outline the seed's five points.
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var (flowId, csr) = await FlowAsync(server, clientId);

        var flow = await StepAsync(csr, flowId, "cautions", new { needsAppointment = false });
        Assert.Equal("whyNotCaseManager", flow.Text("step"));
        flow = await StepAsync(csr, flowId, "why-not-case-manager", new { goodReason = true, reason = "Case manager on leave; buddy fully booked." });
        Assert.Equal("meetNeed", flow.Text("step"));
        flow = await StepAsync(csr, flowId, "need", new { actions = "Food grant of $150 made.", hardship = new { need = "food", detail = "Food until payday.", decision = "granted" } });
        Assert.Equal("nextAppointment", flow.Text("step"));
        Assert.Equal("none", flow["highHardship"].Text("route"));
        flow = await StepAsync(csr, flowId, "appointment", new { book = false, summary = "Next appointment confirmed: Thursday 10am with the case manager." });
        flow = await StepAsync(csr, flowId, "finish", new { otherDetails = "Looking for retail work." });

        Assert.Equal("done", flow.Text("step"));
        Assert.Equal("needMet", flow.Text("outcome"));
        var log = await csr.GetJsonAsync($"/api/clients/{clientId}/notes?pageSize=10");
        var note = log.Items().Single(n => n.Text("text")!.StartsWith("Contact centre call (case-managed client)", StringComparison.Ordinal))!;
        Assert.Contains("Reason for call (Client need/situation): Needs food until payday.", note.Text("text"), StringComparison.Ordinal);
        Assert.Contains("Reason for coming to Contact Centre instead of Case Manager: Case manager on leave", note.Text("text"), StringComparison.Ordinal);
        Assert.Contains("What actions we have completed: Food grant of $150 made.", note.Text("text"), StringComparison.Ordinal);
        Assert.Contains("If you've booked an appointment with the Case Manager and when: Next appointment confirmed", note.Text("text"), StringComparison.Ordinal);
        Assert.Contains("Any other details that may be relevant: Looking for retail work.", note.Text("text"), StringComparison.Ordinal);

        // The summary e-mail reaches the case manager's worklist, tracked for acknowledgement within 24 hours (R-052).
        var caseManager = await server.AsAsync(ClientsCaseManager);
        var messages = (await caseManager.GetJsonAsync("/api/messages/mine"))["messages"]!.AsArray();
        var email = messages.Single(m => m!["id"]!.GetValue<Guid>() == flow["summaryMessageId"]!.GetValue<Guid>())!;
        Assert.True(email["fromColleague"]!.GetValue<bool>());
        Assert.StartsWith("Contact centre call:", email.Text("subject"), StringComparison.Ordinal);
        Assert.Equal(flow.Text("summary"), email.Text("body"));
        Assert.NotNull(email["outboxMessageId"]);
    }

    [Fact]
    public async Task Finish_SummaryEmail_IsDeliveredThroughTheOutboxToTheCaseManagersInbox()
    {
        // R-079 step 5: "email the case manager" — the outbox job delivers it with the client messages' sender and retries.
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var (flowId, csr) = await FlowAsync(server, clientId, "Asking about a bond.");
        await StepAsync(csr, flowId, "cautions", new { handBack = "caseManagerRequest", needsAppointment = false });
        var flow = await StepAsync(csr, flowId, "finish", new { otherDetails = "Moving to Carterton next month." });
        var messageId = flow["summaryMessageId"]!.GetValue<Guid>();

        var caseManager = await server.AsAsync(ClientsCaseManager);
        System.Text.Json.Nodes.JsonNode? email = null;
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (DateTimeOffset.UtcNow < deadline)
        {
            email = (await caseManager.GetJsonAsync("/api/messages/mine"))["messages"]!.AsArray().Single(m => m!["id"]!.GetValue<Guid>() == messageId);
            if (email.Text("delivery") == "sent")
            {
                break;
            }

            await Task.Delay(500);
        }

        Assert.Equal("sent", email.Text("delivery"));
        using var eml = await MimeKit.MimeMessage.LoadAsync(email!.Text("deliveryReference")!);
        Assert.Equal((await StaffAsync(server, ClientsCaseManager)).Text("email"), eml.To.Mailboxes.Single().Address);
        Assert.StartsWith("Contact centre call:", eml.Subject, StringComparison.Ordinal);
        Assert.Contains("Any other details that may be relevant: Moving to Carterton next month.", eml.TextBody, StringComparison.Ordinal);
        Assert.Equal($"{email.Text("outboxMessageId")!.Replace("-", string.Empty, StringComparison.Ordinal)}@tautoko", eml.MessageId);

        // The e-mail is about the client, not contact with them: only the CSR's call note is in their log.
        var log = await csr.GetJsonAsync($"/api/clients/{clientId}/notes?pageSize=50");
        Assert.DoesNotContain(log.Items(), n => n.Text("text")!.StartsWith("Summary to the case manager", StringComparison.Ordinal));
        Assert.Single(log.Items(), n => n.Text("text")!.StartsWith("Contact centre call (case-managed client)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_ForAClientWithoutACaseManager_Returns422NamingR079()
    {
        // R-079 is the process for a case-managed client: one with an open caseload placement.
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var callId = await VerifiedCallAsync(server, clientId);

        using var response = await (await server.AsAsync(Accounts.Csr)).PostJsonAsync($"/api/calls/{callId}/case-managed-flow", new { reasonForCall = "Food." });

        Assert.Equal("R-079", (await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
    }

    [Fact]
    public async Task Flow_NoGoodReason_BooksWithTheCaseManagerAndRefusesToMeetTheNeed()
    {
        // R-079: where the client bypassed the case manager without a good reason, book them with their case manager.
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var (flowId, csr) = await FlowAsync(server, clientId);
        await StepAsync(csr, flowId, "cautions", new { needsAppointment = false });

        var flow = await StepAsync(csr, flowId, "why-not-case-manager", new { goodReason = false, reason = "Prefers to call us." });
        var refused = await StepAsync(csr, flowId, "need", new { actions = "Food grant.", hardship = new { need = "food", detail = "Food", decision = "granted" } }, HttpStatusCode.Conflict);

        Assert.Equal("nextAppointment", flow.Text("step"));
        Assert.Equal("appointmentInstead", flow.Text("outcome"));
        Assert.Equal("flow-step", refused.Text("rule"));
    }

    [Fact]
    public async Task Flow_GrantAgainstTheCaseManagersDecline_Returns422NamingR079()
    {
        // R-079: CSRs shouldn't override decisions made by case managers.
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var caseManager = await server.AsAsync(ClientsCaseManager);
        using (var declined = await caseManager.PostJsonAsync($"/api/clients/{clientId}/hardship-requests", new { need = "food", detail = "Already helped twice this month.", decision = "declined" }))
        {
            await declined.ReadJsonAsync(HttpStatusCode.Created);
        }

        var (flowId, csr) = await FlowAsync(server, clientId);
        await StepAsync(csr, flowId, "cautions", new { needsAppointment = false });
        var flow = await StepAsync(csr, flowId, "why-not-case-manager", new { goodReason = true, reason = "Could not reach the case manager." });
        Assert.Single(flow["context"]!["caseManagerDecisions"]!.AsArray());

        var problem = await StepAsync(csr, flowId, "need", new { actions = "Food grant.", hardship = new { need = "food", detail = "Food", decision = "granted" } }, HttpStatusCode.UnprocessableEntity);

        Assert.Equal("R-079", problem.Text("rule"));
        Assert.Contains("does not override", problem.Text("detail"), StringComparison.Ordinal);
        var history = await csr.GetJsonAsync($"/api/clients/{clientId}/hardship-requests");
        Assert.Equal(1, history["requestsInYear"]!.GetValue<int>());
    }

    [Fact]
    public async Task Flow_OnAnUnverifiedCall_Returns422NamingR078()
    {
        // R-078: nothing about the client is discussed until the caller is verified.
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        await PlaceWithCaseManagerAsync(server, clientId);
        var csr = await server.AsAsync(Accounts.Csr);
        using var started = await csr.PostJsonAsync("/api/calls", new { clientId, direction = "inbound" });
        var callId = (await started.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();

        using var response = await csr.PostJsonAsync($"/api/calls/{callId}/case-managed-flow", new { reasonForCall = "Food." });

        Assert.Equal("R-078", (await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
    }

    [Fact]
    public async Task Flow_HandBackToTheRegion_RaisesATaskInTheHomeSitesReferralQueue()
    {
        // R-079 step 1: hand the client back to the region (other case management, low trust, case manager's request).
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var (flowId, csr) = await FlowAsync(server, clientId, "Asking about a bond.");

        var flow = await StepAsync(csr, flowId, "cautions", new { handBack = "caseManagerRequest", needsAppointment = false, note = "Case manager asked to handle all requests." });

        Assert.Equal("notesAndEmail", flow.Text("step"));
        var taskId = flow["handBackTaskId"]!.GetValue<Guid>();
        var task = await (await server.AsAsync(ClientsCaseManager)).GetJsonAsync($"/api/tasks/{taskId}");
        Assert.Equal("handBackToRegion", task["task"].Text("origin"));
        Assert.Equal("serviceCentreReferral", task["task"].Text("queueKind"));
        Assert.Equal("Masterton", task["task"].Text("site"));
        flow = await StepAsync(csr, flowId, "finish", new { });
        Assert.Contains("Handed back to the region (request from the case manager)", flow.Text("summary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flow_Book_BooksTheNextAppointmentWithTheCaseManager()
    {
        // R-079 step 4, R-082: book the next appointment with the case manager (else the buddy, else the site queue).
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var (flowId, csr) = await FlowAsync(server, clientId);
        await StepAsync(csr, flowId, "cautions", new { needsAppointment = true });

        var flow = await StepAsync(csr, flowId, "appointment", new { book = true });

        Assert.Equal("notesAndEmail", flow.Text("step"));
        var caseManager = await server.StaffNameAsync(ClientsCaseManager);
        Assert.StartsWith($"Booked with {caseManager}:", flow.Text("appointmentSummary"), StringComparison.Ordinal);
        Assert.Contains($"If you've booked an appointment with the Case Manager and when: Booked with {caseManager}", flow.Text("summary"), StringComparison.Ordinal);
        var booked = await csr.GetJsonAsync($"/api/clients/{clientId}/appointments");
        Assert.Contains(booked.Items(), a => a.Text("staffName") == caseManager && a.Text("status") == "booked");
    }

    [Fact]
    public async Task Step4_NeverMetTheCaseManager_BooksWithTheCaseManagerDirectly_R079()
    {
        // R-079 step 4: a client who has not met their case manager is booked with that case manager directly.
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var (flowId, csr) = await FlowAsync(server, clientId);
        await StepAsync(csr, flowId, "cautions", new { needsAppointment = true });

        var flow = await StepAsync(csr, flowId, "appointment", new { book = false, hasContactDetails = true, otherNeedsUnmet = false });

        var caseManager = await server.StaffNameAsync(ClientsCaseManager);
        Assert.StartsWith($"Booked with {caseManager}:", flow.Text("appointmentSummary"), StringComparison.Ordinal);
        Assert.Contains("the client has not met their case manager", flow.Text("appointmentSummary"), StringComparison.Ordinal);
        Assert.Contains("the client does not have their next appointment booked", flow.Text("appointmentSummary"), StringComparison.Ordinal);
        var booked = await csr.GetJsonAsync($"/api/clients/{clientId}/appointments");
        Assert.Contains(booked.Items(), a => a.Text("staffName") == caseManager && a.Text("status") == "booked");
    }

    [Fact]
    public async Task Step4_NeverMetAndTheCaseManagerHasNothingFree_NotBookedElsewhere_SummaryEmailSaysSo_R079()
    {
        // R-079 step 4: "If the Case Manager does not have an available appointment ... include this in your summary email to CM".
        const string away = Accounts.CaseManager; // records their own leave in CoverAndWalkInTests too; no test relies on them being in.
        var awayId = await StaffIdAsync(server, away);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland")).DateTime);
        using (var leave = await (await server.AsAsync(away)).PostJsonAsync($"/api/staff/{awayId}/leave", new { from = today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), to = today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), kind = "planned", note = "Annual leave" }))
        {
            await leave.ReadJsonAsync(HttpStatusCode.OK);
        }

        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        using (var placed = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync($"/api/clients/{clientId}/placements", new { caseManagerId = awayId, reason = "Employment case management: placed for a step-4 test." }))
        {
            await placed.ReadJsonAsync(HttpStatusCode.Created);
        }

        var callId = await VerifiedCallAsync(server, clientId);
        var csr = await server.AsAsync(Accounts.Csr);
        Guid flowId;
        using (var started = await csr.PostJsonAsync($"/api/calls/{callId}/case-managed-flow", new { reasonForCall = "Wants to talk about a course." }))
        {
            flowId = (await started.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        }

        await StepAsync(csr, flowId, "cautions", new { needsAppointment = true });
        var flow = await StepAsync(csr, flowId, "appointment", new { book = true, hasContactDetails = false, otherNeedsUnmet = true });

        var name = await server.StaffNameAsync(away);
        Assert.StartsWith($"Not booked: the client has not met their case manager before, so the appointment has to be made with {name} directly", flow.Text("appointmentSummary"), StringComparison.Ordinal);
        Assert.Contains("the client doesn't have their case manager's contact details", flow.Text("appointmentSummary"), StringComparison.Ordinal);
        Assert.Contains("the client has other needs the contact centre could not fulfil", flow.Text("appointmentSummary"), StringComparison.Ordinal);
        Assert.Empty((await csr.GetJsonAsync($"/api/clients/{clientId}/appointments")).Items());

        flow = await StepAsync(csr, flowId, "finish", new { });
        Assert.Contains($"If you've booked an appointment with the Case Manager and when: Not booked:", flow.Text("summary"), StringComparison.Ordinal);
        Assert.Contains("has no available appointment in the calendar", flow.Text("summary"), StringComparison.Ordinal);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class CaseManagedFlowTestsSqlite(SqliteServer server) : CaseManagedFlowTests(server);

[Collection(PostgresServer.Collection)]
public sealed class CaseManagedFlowTestsPostgres(PostgresServer server) : CaseManagedFlowTests(server);
