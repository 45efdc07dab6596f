using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Tautoko.Core.Common;
using Tautoko.Web.Features.Clients.BreakGlass;
using Tautoko.Web.Features.Clients.ClientAudit;
using Tautoko.Web.Features.Clients.ClientOverview;
using Tautoko.Web.Features.Clients.EditClient;
using Tautoko.Web.Features.Clients.Notes;
using Tautoko.Web.Features.Clients.Tags;
using Tautoko.Web.Features.Clients.Warnings;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Exports;

namespace Tautoko.Web.Features.Clients;

public static class ClientEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var clients = app.MapGroup("/api/clients").WithTags("Clients");
        clients.MapGet("/", Search).ReadsClientInformation().WithSummary("Search clients by name (macrons optional), client number or date of birth; paged.");
        clients.MapGet("/{id:guid}", Get).ReadsClientInformation().WithSummary("A client's overview: cautions and must-view notes first, then record, tags, household and the last 20 notes. Audited.");
        clients.MapPost("/", Create).ReadsClientInformation().WithSummary("Create a client record.");
        clients.MapPut("/{id:guid}", Update).ReadsClientInformation().WithSummary("Update a client record. Send the version you read as If-Match (or `version`); a stale version gets 409 with what changed.");
        clients.MapGet("/{id:guid}/notes", ListNotes).ReadsClientInformation().WithSummary("The engagement log, newest first; paged. Audited.");
        clients.MapPost("/{id:guid}/notes", AddNote).ReadsClientInformation().WithSummary("Append a note (or a correction of an earlier note) to the engagement log.");
        clients.MapPost("/{id:guid}/tags", AddTag).ReadsClientInformation().WithSummary("Add a programme tag with a reason.");
        clients.MapPost("/{id:guid}/tags/{tagId:guid}/remove", RemoveTag).ReadsClientInformation().WithSummary("Remove a programme tag with a reason (kept in history).");
        clients.MapPost("/{id:guid}/cautions", AddCaution).ReadsClientInformation().WithSummary("Add a special caution (shown before anything else on the record).");
        clients.MapPost("/{id:guid}/must-view-notes", AddMustView).ReadsClientInformation().WithSummary("Add a must-view note, optionally expiring.");
        clients.MapPost("/{id:guid}/break-glass", BreakGlass).ReadsClientInformation().WithSummary("Open a record outside your scope by stating a reason; reported to the site's manager.");
        clients.MapGet("/{id:guid}/audit", Audit).ReadsClientInformation().Exportable<ClientAuditView, AuditRow>(v => $"Audit {v.ClientNumber}", v => v.Rows.Items, v => v.Rows.HasNext).WithSummary("Who read or changed this client (site managers, national office); paged.");
    }

    private static async Task<Results<Ok<Paged<ClientSummary>>, Problem>> Search(
        string? q, string? dateOfBirth, int? page, int? pageSize, SearchClientsHandler handler, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        DateOnly? dob = null;
        if (!string.IsNullOrWhiteSpace(dateOfBirth))
        {
            if (DateOnly.TryParseExact(dateOfBirth, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                dob = parsed;
            }
            else
            {
                problems["dateOfBirth"] = ["Use the form YYYY-MM-DD."];
            }
        }

        if (string.IsNullOrWhiteSpace(q) && dob is null && problems.Count == 0)
        {
            problems["q"] = ["Enter a name or client number, or a date of birth."];
        }

        if (!PageRequest.TryCreate(page, pageSize, out var paging, out var pagingProblems))
        {
            foreach (var (k, v) in pagingProblems)
            {
                problems[k] = v;
            }
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems).ToProblem();
        }

        return TypedResults.Ok(await handler.HandleAsync(new ClientSearch(q, dob), paging, ct));
    }

    private static async Task<Results<Ok<ClientOverview.ClientOverview>, Problem>> Get(Guid id, ClientOverviewHandler handler, HttpContext http, CancellationToken ct)
    {
        var overview = await handler.HandleAsync(new ClientId(id), ct);
        if (overview.IsDone)
        {
            http.Response.Headers.ETag = ETag(overview.Value.Version);
        }

        return overview.ToOk();
    }

    private static async Task<Results<Created<ClientSaved>, Problem>> Create(ClientInput input, EditClientHandler handler, CancellationToken ct) =>
        (await handler.CreateAsync(input, ct)).ToCreated(saved => $"/api/clients/{saved.Id}");

    private static async Task<Results<Ok<ClientSaved>, Problem, PreconditionRequired>> Update(
        Guid id, ClientInput input, [FromHeader(Name = "If-Match")] string? ifMatch, int? version, EditClientHandler handler, HttpContext http, CancellationToken ct)
    {
        var expected = version ?? ParseETag(ifMatch);
        if (expected is null)
        {
            return new PreconditionRequired(TypedResults.Problem(
                title: "Say which version you changed",
                detail: "Send the ETag you read as an If-Match header (or ?version=N), so a change made meanwhile is not overwritten.",
                statusCode: StatusCodes.Status428PreconditionRequired));
        }

        var saved = await handler.UpdateAsync(new ClientId(id), expected.Value, input, ct);
        if (!saved.TryGet(out var done, out var failure))
        {
            return failure.ToProblem();
        }

        http.Response.Headers.ETag = ETag(done.Version);
        return TypedResults.Ok(done);
    }

    private static async Task<Results<Ok<Paged<NoteView>>, Problem>> ListNotes(Guid id, int? page, int? pageSize, NotesHandler handler, CancellationToken ct) =>
        PageRequest.TryCreate(page, pageSize, out var paging, out var problems)
            ? (await handler.ListAsync(new ClientId(id), paging, ct)).ToOk()
            : Failure.Invalid(problems).ToProblem();

    private static async Task<Results<Created<NoteView>, Problem>> AddNote(Guid id, NoteInput input, NotesHandler handler, CancellationToken ct) =>
        (await handler.AddAsync(new ClientId(id), input, ct)).ToCreated(note => $"/api/clients/{id}/notes/{note.Id}");

    private static async Task<Results<Ok<TagDone>, Problem>> AddTag(Guid id, AddTagInput input, TagsHandler handler, CancellationToken ct) =>
        (await handler.AddAsync(new ClientId(id), input, ct)).ToOk();

    private static async Task<Results<Ok<TagDone>, Problem>> RemoveTag(Guid id, Guid tagId, RemoveTagInput input, TagsHandler handler, CancellationToken ct) =>
        (await handler.RemoveAsync(new ClientId(id), tagId, input, ct)).ToOk();

    private static async Task<Results<Created<WarningAdded>, Problem>> AddCaution(Guid id, CautionInput input, WarningsHandler handler, CancellationToken ct) =>
        (await handler.AddCautionAsync(new ClientId(id), input, ct)).ToCreated(added => $"/api/clients/{id}/cautions/{added.Id}");

    private static async Task<Results<Created<WarningAdded>, Problem>> AddMustView(Guid id, MustViewInput input, WarningsHandler handler, CancellationToken ct) =>
        (await handler.AddMustViewAsync(new ClientId(id), input, ct)).ToCreated(added => $"/api/clients/{id}/must-view-notes/{added.Id}");

    private static async Task<Results<Ok<BreakGlassGranted>, Problem>> BreakGlass(Guid id, BreakGlassInput input, BreakGlassHandler handler, CancellationToken ct) =>
        (await handler.GrantAsync(new ClientId(id), input, ct)).ToOk();

    private static async Task<Results<Ok<ClientAuditView>, Problem>> Audit(Guid id, int? page, int? pageSize, ClientAuditHandler handler, CancellationToken ct) =>
        PageRequest.TryCreate(page, pageSize, out var paging, out var problems)
            ? (await handler.HandleAsync(new ClientId(id), paging, ct)).ToOk()
            : Failure.Invalid(problems).ToProblem();

    private static string ETag(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    private static int? ParseETag(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return null;
        }

        var text = ifMatch.Trim().Replace("W/", string.Empty, StringComparison.Ordinal).Trim('"');
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
