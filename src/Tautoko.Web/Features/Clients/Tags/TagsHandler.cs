using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.Clients.Tags;

public sealed record AddTagInput(string? Code, string? Reason);

public sealed record RemoveTagInput(string? Reason);

public abstract record TagResult
{
    public sealed record Done(Guid TagId) : TagResult;

    public sealed record Invalid(Dictionary<string, string[]> Problems) : TagResult;

    public sealed record Missing : TagResult;

    public sealed record Refused(AccessDecision Decision) : TagResult;

    public sealed record Broken(DomainError Error) : TagResult;
}

/// <summary>Adds and removes programme tags, recording who, when and why.</summary>
public sealed class TagsHandler(TautokoDbContext db, CurrentStaff staff, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<TagResult> AddAsync(ClientId id, AddTagInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.ManageTags, ct);
        if (!check.Found)
        {
            return new TagResult.Missing();
        }

        if (!check.Allowed)
        {
            return new TagResult.Refused(check.Decision);
        }

        var problems = new Dictionary<string, string[]>();
        if (!ProgrammeTagCodes.TryParse(input.Code, out var code))
        {
            problems["code"] = ["Choose a programme tag: " + string.Join(", ", Enum.GetValues<ProgrammeTagCode>().Select(c => c.ShortName())) + "."];
        }

        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            problems["reason"] = ["Say why the tag is added."];
        }

        if (problems.Count > 0)
        {
            return new TagResult.Invalid(problems);
        }

        if (await db.ProgrammeTags.AnyAsync(t => t.ClientId == id && t.Code == code && t.RemovedAt == null, ct))
        {
            return new TagResult.Broken(new DomainError("tag-active", $"The client already has an active {code.ShortName()} tag."));
        }

        var tag = new ProgrammeTag(Guid.CreateVersion7(), id, code, staff.Id, clock.GetUtcNow(), input.Reason!);
        db.ProgrammeTags.Add(tag);
        audit.Add(AuditAction.AddTag, "ProgrammeTag", tag.Id.ToString(), id, $"{code.ShortName()} added: {tag.AddedReason}", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return new TagResult.Done(tag.Id);
    }

    public async Task<TagResult> RemoveAsync(ClientId id, Guid tagId, RemoveTagInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.ManageTags, ct);
        if (!check.Found)
        {
            return new TagResult.Missing();
        }

        if (!check.Allowed)
        {
            return new TagResult.Refused(check.Decision);
        }

        var tag = await db.ProgrammeTags.SingleOrDefaultAsync(t => t.Id == tagId && t.ClientId == id, ct);
        if (tag is null)
        {
            return new TagResult.Missing();
        }

        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            return new TagResult.Invalid(new() { ["reason"] = ["Say why the tag is removed."] });
        }

        if (!tag.IsActive)
        {
            return new TagResult.Broken(new DomainError("tag-removed", "This tag has already been removed."));
        }

        tag.Remove(staff.Id, clock.GetUtcNow(), input.Reason);
        audit.Add(AuditAction.RemoveTag, "ProgrammeTag", tag.Id.ToString(), id, $"{tag.Code.ShortName()} removed: {tag.RemovedReason}", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return new TagResult.Done(tag.Id);
    }
}
