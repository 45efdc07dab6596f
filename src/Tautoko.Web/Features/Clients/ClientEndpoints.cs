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

namespace Tautoko.Web.Features.Clients;

public static class ClientEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var clients = app.MapGroup("/api/clients").WithTags("Clients");
        clients.MapGet("/", Search).WithSummary("Search clients by name (macrons optional), client number or date of birth; paged.");
        clients.MapGet("/{id:guid}", Get).WithSummary("A client's overview: cautions and must-view notes first, then record, tags, household and the last 20 notes. Audited.");
        clients.MapPost("/", Create).WithSummary("Create a client record.");
        clients.MapPut("/{id:guid}", Update).WithSummary("Update a client record. Send the version you read as If-Match (or `version`); a stale version gets 409 with what changed.");
        clients.MapGet("/{id:guid}/notes", ListNotes).WithSummary("The engagement log, newest first; paged. Audited.");
        clients.MapPost("/{id:guid}/notes", AddNote).WithSummary("Append a note (or a correction of an earlier note) to the engagement log.");
        clients.MapPost("/{id:guid}/tags", AddTag).WithSummary("Add a programme tag with a reason.");
        clients.MapPost("/{id:guid}/tags/{tagId:guid}/remove", RemoveTag).WithSummary("Remove a programme tag with a reason (kept in history).");
        clients.MapPost("/{id:guid}/cautions", AddCaution).WithSummary("Add a special caution (shown before anything else on the record).");
        clients.MapPost("/{id:guid}/must-view-notes", AddMustView).WithSummary("Add a must-view note, optionally expiring.");
        clients.MapPost("/{id:guid}/break-glass", BreakGlass).WithSummary("Open a record outside your scope by stating a reason; reported to the site's manager.");
        clients.MapGet("/{id:guid}/audit", Audit).WithSummary("Who read or changed this client (site managers, national office); paged.");
    }

    private static async Task<Results<Ok<Paged<ClientSummary>>, ProblemHttpResult>> Search(
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
            return ClientResults.Invalid(problems);
        }

        return TypedResults.Ok(await handler.HandleAsync(new ClientSearch(q, dob), paging, ct));
    }

    private static async Task<Results<Ok<ClientOverview.ClientOverview>, ProblemHttpResult>> Get(Guid id, ClientOverviewHandler handler, HttpContext http, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new ClientId(id), ct);
        switch (result)
        {
            case ClientRead<ClientOverview.ClientOverview>.Found found:
                http.Response.Headers.ETag = ETag(found.Value.Version);
                return TypedResults.Ok(found.Value);
            case ClientRead<ClientOverview.ClientOverview>.Refused refused:
                return ClientResults.Refused(refused.Decision, id);
            default:
                return ClientResults.Missing(id);
        }
    }

    private static async Task<Results<Created<EditResultDto>, ProblemHttpResult>> Create(ClientInput input, EditClientHandler handler, CancellationToken ct)
    {
        var result = await handler.CreateAsync(input, ct);
        return result switch
        {
            EditResult.Saved saved => TypedResults.Created($"/api/clients/{saved.Id}", new EditResultDto(saved.Id, saved.Version, saved.Changed)),
            EditResult.Invalid invalid => ClientResults.Invalid(invalid.Problems),
            EditResult.Refused refused => ClientResults.Refused(refused.Decision, Guid.Empty),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The client could not be created"),
        };
    }

    public sealed record EditResultDto(Guid Id, int Version, IReadOnlyList<string> Changed);

    private static async Task<Results<Ok<EditResultDto>, ProblemHttpResult>> Update(
        Guid id, ClientInput input, [FromHeader(Name = "If-Match")] string? ifMatch, int? version, EditClientHandler handler, HttpContext http, CancellationToken ct)
    {
        var expected = version ?? ParseETag(ifMatch);
        if (expected is null)
        {
            return TypedResults.Problem(
                title: "Say which version you changed",
                detail: "Send the ETag you read as an If-Match header (or ?version=N), so a change made meanwhile is not overwritten.",
                statusCode: StatusCodes.Status428PreconditionRequired);
        }

        var result = await handler.UpdateAsync(new ClientId(id), expected.Value, input, ct);
        switch (result)
        {
            case EditResult.Saved saved:
                http.Response.Headers.ETag = ETag(saved.Version);
                return TypedResults.Ok(new EditResultDto(saved.Id, saved.Version, saved.Changed));
            case EditResult.Conflict conflict:
                return TypedResults.Problem(
                    title: "Someone else changed this client",
                    detail: $"The record is now at version {conflict.CurrentVersion}, not {expected}. Changed meanwhile: {string.Join(", ", conflict.ChangedByOthers)}. Check the current values and send your change again with the new version.",
                    statusCode: StatusCodes.Status409Conflict,
                    type: "https://tautoko.example/rules/concurrency",
                    extensions: new Dictionary<string, object?>
                    {
                        ["rule"] = "concurrency",
                        ["currentVersion"] = conflict.CurrentVersion,
                        ["changedByOthers"] = conflict.ChangedByOthers,
                        ["yourChangesDifferIn"] = conflict.ConflictingFields,
                        ["current"] = conflict.Current,
                    });
            case EditResult.Invalid invalid:
                return ClientResults.Invalid(invalid.Problems);
            case EditResult.Refused refused:
                return ClientResults.Refused(refused.Decision, id);
            default:
                return ClientResults.Missing(id);
        }
    }

    private static async Task<Results<Ok<Paged<NoteView>>, ProblemHttpResult>> ListNotes(Guid id, int? page, int? pageSize, NotesHandler handler, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(page, pageSize, out var paging, out var problems))
        {
            return ClientResults.Invalid(problems);
        }

        return await handler.ListAsync(new ClientId(id), paging, ct) switch
        {
            ClientRead<Paged<NoteView>>.Found found => TypedResults.Ok(found.Value),
            ClientRead<Paged<NoteView>>.Refused refused => ClientResults.Refused(refused.Decision, id),
            _ => ClientResults.Missing(id),
        };
    }

    private static async Task<Results<Created<NoteView>, ProblemHttpResult>> AddNote(Guid id, NoteInput input, NotesHandler handler, CancellationToken ct) =>
        await handler.AddAsync(new ClientId(id), input, ct) switch
        {
            NoteResult.Added added => TypedResults.Created($"/api/clients/{id}/notes/{added.Note.Id}", added.Note),
            NoteResult.Invalid invalid => ClientResults.Invalid(invalid.Problems),
            NoteResult.Refused refused => ClientResults.Refused(refused.Decision, id),
            _ => ClientResults.Missing(id),
        };

    public sealed record TagDone(Guid TagId);

    private static async Task<Results<Ok<TagDone>, ProblemHttpResult>> AddTag(Guid id, AddTagInput input, TagsHandler handler, CancellationToken ct) =>
        TagResponse(id, await handler.AddAsync(new ClientId(id), input, ct));

    private static async Task<Results<Ok<TagDone>, ProblemHttpResult>> RemoveTag(Guid id, Guid tagId, RemoveTagInput input, TagsHandler handler, CancellationToken ct) =>
        TagResponse(id, await handler.RemoveAsync(new ClientId(id), tagId, input, ct));

    private static Results<Ok<TagDone>, ProblemHttpResult> TagResponse(Guid id, TagResult result) => result switch
    {
        TagResult.Done done => TypedResults.Ok(new TagDone(done.TagId)),
        TagResult.Invalid invalid => ClientResults.Invalid(invalid.Problems),
        TagResult.Refused refused => ClientResults.Refused(refused.Decision, id),
        TagResult.Broken broken => ProblemDetailsSetup.RuleBroken(broken.Error),
        _ => ClientResults.Missing(id),
    };

    public sealed record WarningAdded(Guid Id);

    private static async Task<Results<Created<WarningAdded>, ProblemHttpResult>> AddCaution(Guid id, CautionInput input, WarningsHandler handler, CancellationToken ct) =>
        WarningResponse(id, "cautions", await handler.AddCautionAsync(new ClientId(id), input, ct));

    private static async Task<Results<Created<WarningAdded>, ProblemHttpResult>> AddMustView(Guid id, MustViewInput input, WarningsHandler handler, CancellationToken ct) =>
        WarningResponse(id, "must-view-notes", await handler.AddMustViewAsync(new ClientId(id), input, ct));

    private static Results<Created<WarningAdded>, ProblemHttpResult> WarningResponse(Guid id, string kind, WarningResult result) => result switch
    {
        WarningResult.Added added => TypedResults.Created($"/api/clients/{id}/{kind}/{added.Id}", new WarningAdded(added.Id)),
        WarningResult.Invalid invalid => ClientResults.Invalid(invalid.Problems),
        WarningResult.Refused refused => ClientResults.Refused(refused.Decision, id),
        _ => ClientResults.Missing(id),
    };

    public sealed record BreakGlassGranted(Guid GrantId, DateTimeOffset ExpiresAt);

    private static async Task<Results<Ok<BreakGlassGranted>, ProblemHttpResult>> BreakGlass(Guid id, BreakGlassInput input, BreakGlassHandler handler, CancellationToken ct) =>
        await handler.GrantAsync(new ClientId(id), input, ct) switch
        {
            BreakGlassResult.Granted granted => TypedResults.Ok(new BreakGlassGranted(granted.GrantId, granted.ExpiresAt)),
            BreakGlassResult.Invalid invalid => ClientResults.Invalid(invalid.Problems),
            BreakGlassResult.Refused refused => ClientResults.Refused(refused.Decision, id),
            _ => ClientResults.Missing(id),
        };

    private static async Task<Results<Ok<ClientAuditView>, ProblemHttpResult>> Audit(Guid id, int? page, int? pageSize, ClientAuditHandler handler, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(page, pageSize, out var paging, out var problems))
        {
            return ClientResults.Invalid(problems);
        }

        return await handler.HandleAsync(new ClientId(id), paging, ct) switch
        {
            ClientRead<ClientAuditView>.Found found => TypedResults.Ok(found.Value),
            ClientRead<ClientAuditView>.Refused refused => ClientResults.Refused(refused.Decision, id),
            _ => ClientResults.Missing(id),
        };
    }

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
