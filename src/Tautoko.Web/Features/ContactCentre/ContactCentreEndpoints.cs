using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Common;
using Tautoko.Web.Features.ContactCentre.Calls;
using Tautoko.Web.Features.ContactCentre.CaseManaged;
using Tautoko.Web.Features.ContactCentre.Hardship;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.ContactCentre;

public static class ContactCentreEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var calls = app.MapGroup("/api/calls").WithTags("Calls and caller verification");
        calls.MapPost("/", StartCall).ReadsClientInformation().WithSummary("Start an inbound or outbound call about a client (outbound from a task you are working: taskId).");
        calls.MapGet("/{id:guid}", GetCall).ReadsClientInformation().WithSummary("The call. Until the caller is verified (R-077, R-078) it says notVerified and withholds the client's protected details. Audited.");
        calls.MapPost("/{id:guid}/verification", Verify).ReadsClientInformation().WithSummary("Record who is on the line (client, agent, third party) and the verifying questions asked and answered correctly. Audited.");
        calls.MapPost("/{id:guid}/end", EndCall).ReadsClientInformation().WithSummary("End the call.");
        calls.MapPost("/{id:guid}/case-managed-flow", StartFlow).ReadsClientInformation().WithSummary("R-079: start the contact centre's five-step process for a case-managed client on a verified call.");

        var flows = app.MapGroup("/api/case-managed-flows").WithTags("Contact centre: case-managed clients");
        flows.MapGet("/{id:guid}", GetFlow).ReadsClientInformation().WithSummary("The flow: its step, what was recorded, and what the record shows (cautions, tags, calls to the contact centre, the case manager's notes and decisions).");
        flows.MapPost("/{id:guid}/cautions", Cautions).ReadsClientInformation().WithSummary("Step 1: cautions, must-view notes and tags checked; hand back to the region, or book with the case manager, or go on.");
        flows.MapPost("/{id:guid}/why-not-case-manager", WhyNot).ReadsClientInformation().WithSummary("Step 2: was there a good reason the client could not get help from their case manager?");
        flows.MapPost("/{id:guid}/need", Need).ReadsClientInformation().WithSummary("Step 3: what was done; a grant where the client bypassed the case manager, or against the case manager's decision, is 422 naming R-079.");
        flows.MapPost("/{id:guid}/appointment", Appointment).ReadsClientInformation().WithSummary("Step 4: the next appointment with the case manager, confirmed or booked.");
        flows.MapPost("/{id:guid}/finish", Finish).ReadsClientInformation().WithSummary("Step 5: engagement-log note and the summary e-mail to the case manager (tracked for acknowledgement within 24 hours).");

        var hardship = app.MapGroup("/api/clients/{clientId:guid}/hardship-requests").WithTags("Hardship requests");
        hardship.MapGet("/", History).ReadsClientInformation().WithSummary("The client's hardship requests over the last year and the high-hardship threshold (31).");
        hardship.MapPost("/", RecordHardship).ReadsClientInformation().WithSummary("Record a hardship request and its decision; at 31+ in a year the client is referred (R-080) or booked (R-082).");
    }

    private static async Task<Results<Created<CallView>, Problem>> StartCall(StartCallInput input, CallsHandler handler, CancellationToken ct) =>
        (await handler.StartAsync(input, ct)).ToCreated(c => $"/api/calls/{c.Id}");

    private static async Task<Results<Ok<CallView>, Problem>> GetCall(Guid id, CallsHandler handler, CancellationToken ct) =>
        (await handler.GetAsync(id, ct)).ToOk();

    private static async Task<Results<Ok<CallView>, Problem>> Verify(Guid id, VerificationInput input, CallsHandler handler, CancellationToken ct) =>
        (await handler.VerifyAsync(id, input, ct)).ToOk();

    private static async Task<Results<Ok<CallView>, Problem>> EndCall(Guid id, CallsHandler handler, CancellationToken ct) =>
        (await handler.EndAsync(id, ct)).ToOk();

    private static async Task<Results<Created<FlowView>, Problem>> StartFlow(Guid id, StartFlowInput input, CaseManagedFlowHandler handler, CancellationToken ct) =>
        (await handler.StartAsync(id, input, ct)).ToCreated(f => $"/api/case-managed-flows/{f.Id}");

    private static async Task<Results<Ok<FlowView>, Problem>> GetFlow(Guid id, CaseManagedFlowHandler handler, CancellationToken ct) =>
        (await handler.GetAsync(id, ct)).ToOk();

    private static async Task<Results<Ok<FlowView>, Problem>> Cautions(Guid id, CautionsInput input, FlowStepsHandler handler, CancellationToken ct) =>
        (await handler.CautionsAsync(id, input, ct)).ToOk();

    private static async Task<Results<Ok<FlowView>, Problem>> WhyNot(Guid id, WhyNotInput input, FlowStepsHandler handler, CancellationToken ct) =>
        (await handler.WhyNotAsync(id, input, ct)).ToOk();

    private static async Task<Results<Ok<FlowView>, Problem>> Need(Guid id, NeedInput input, FlowStepsHandler handler, CancellationToken ct) =>
        (await handler.NeedAsync(id, input, ct)).ToOk();

    private static async Task<Results<Ok<FlowView>, Problem>> Appointment(Guid id, AppointmentInput input, FlowStepsHandler handler, CancellationToken ct) =>
        (await handler.AppointmentAsync(id, input, ct)).ToOk();

    private static async Task<Results<Ok<FlowView>, Problem>> Finish(Guid id, FinishInput input, FlowStepsHandler handler, CancellationToken ct) =>
        (await handler.FinishAsync(id, input, ct)).ToOk();

    private static async Task<Results<Ok<HardshipHistory>, Problem>> History(Guid clientId, HardshipRequestsHandler handler, CancellationToken ct) =>
        (await handler.HistoryAsync(new ClientId(clientId), ct)).ToOk();

    private static async Task<Results<Created<HardshipRecorded>, Problem>> RecordHardship(Guid clientId, HardshipInput input, HardshipRequestsHandler handler, CancellationToken ct) =>
        (await handler.RecordAsync(new ClientId(clientId), input, ct)).ToCreated(r => $"/api/clients/{clientId}/hardship-requests/{r.RequestId}");
}
