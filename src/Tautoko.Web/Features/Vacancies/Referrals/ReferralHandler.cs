using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.Vacancies;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Vacancies;

public sealed record ReferralInput(string? Kind, Guid? VacancyId, string? Service, string? Programme, DateOnly? On);

public sealed record ReferralStageInput(string? Stage, DateOnly? On, string? OutcomeCode, string? Outcome, int? Version);

public sealed record ReferralStepView(string Stage, DateOnly On, Guid ById, string ByName);

public sealed record ReferralView(
    Guid Id, Guid ClientId, string Kind, Guid? VacancyId, string? VacancyTitle, string? EmployerName, string? Service, string? Programme,
    string Stage, IReadOnlyList<string> NextStages, IReadOnlyList<ReferralStepView> Steps, string? OutcomeCode, string? Outcome, int Version);

/// <summary>
/// Referrals: refer a client to an open vacancy or to a contracted service or programme, list a client's referrals, and record
/// each stage with its date and who (<see cref="Referral"/> holds the transitions). Every read and change is audited.
/// </summary>
public sealed class ReferralHandler(TautokoDbContext db, CurrentStaff staff, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<ReferralView>> ReferAsync(ClientId id, ReferralInput input, CancellationToken ct)
    {
        if (VacancyRoles.Refusal(staff) is { } refused)
        {
            return refused;
        }

        var check = await access.CheckAsync(id, ClientOperation.Read, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var today = DateDisplay.TodayInAuckland(clock);
        var on = input.On ?? today;
        var problems = new Dictionary<string, string[]>();
        if (PlausibleDates.WhyNotHappened(on, today) is { } date) problems["on"] = [date];
        var kind = Parse<ReferralKind>(input.Kind);
        if (kind is null) problems["kind"] = ["vacancy or programme."];
        Vacancy? vacancy = null;
        ContractedServiceKind? service = null;
        if (kind == ReferralKind.Vacancy)
        {
            vacancy = input.VacancyId is { } v ? await db.Vacancies.AsNoTracking().SingleOrDefaultAsync(x => x.Id == v, ct) : null;
            if (vacancy is null) problems["vacancyId"] = ["A vacancy from GET /api/vacancies."];
        }
        else if (kind == ReferralKind.Programme)
        {
            service = Parse<ContractedServiceKind>(input.Service);
            if (service is null) problems["service"] = ["employmentPlacement, workReadiness, skillsForIndustry or shortCourse."];
            if (string.IsNullOrWhiteSpace(input.Programme) || input.Programme.Trim().Length > Referral.MaxProgrammeLength)
            {
                problems["programme"] = [$"The programme and provider, 1 to {Referral.MaxProgrammeLength} characters."];
            }
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        if (vacancy is not null)
        {
            if (VacancyRoles.RegionRefusal(staff, vacancy.RegionId) is { } other)
            {
                return other;
            }

            if (Referral.WhyNotRefer(vacancy) is { } closed)
            {
                return Failure.Broken(closed);
            }
        }

        var now = clock.GetUtcNow();
        var referral = vacancy is not null
            ? Referral.ToVacancy(id, vacancy, staff.SiteId, staff.Id, on, now)
            : Referral.ToProgramme(id, service!.Value, input.Programme!, staff.SiteId, staff.Id, on, now);
        db.Referrals.Add(referral);
        audit.Add(AuditAction.Create, "Referral", referral.Id.ToString(), id, vacancy is not null ? $"Referred to the vacancy {vacancy.Title}" : $"Referred to {referral.Programme}", check.ViaBreakGlass);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.Refused(ReferralConfiguration.OncePerVacancy))
        {
            db.ChangeTracker.Clear();
            return Failure.Conflict(new DomainError("referral-once", "The client has already been referred to this vacancy."), "Already referred", new Dictionary<string, object?>());
        }

        return (await ViewsAsync([referral], ct))[0];
    }

    public async Task<Outcome<IReadOnlyList<ReferralView>>> ListAsync(ClientId id, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Read, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var rows = await db.Referrals.AsNoTracking().Where(r => r.ClientId == id).OrderByDescending(r => r.ReferredOn).ThenByDescending(r => r.Id).ToListAsync(ct);
        await audit.RecordAsync(AuditAction.Read, "Referral", id.ToString(), id, "Referrals read", check.ViaBreakGlass, ct);
        return (await ViewsAsync(rows, ct)).ToList();
    }

    public async Task<Outcome<ReferralView>> AdvanceAsync(Guid referralId, ReferralStageInput input, CancellationToken ct)
    {
        if (VacancyRoles.Refusal(staff) is { } refused)
        {
            return refused;
        }

        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == referralId, ct);
        if (referral is null)
        {
            return Failure.NotFound($"There is no referral {referralId}.", "Referral not found");
        }

        var check = await access.CheckAsync(referral.ClientId, ClientOperation.Read, ct);
        if (check.Refusal(referral.ClientId) is { } refusal)
        {
            return refusal;
        }

        var today = DateDisplay.TodayInAuckland(clock);
        var on = input.On ?? today;
        var problems = new Dictionary<string, string[]>();
        var stage = Parse<ReferralStage>(input.Stage);
        ProgrammeOutcome? code = null;
        if (!string.IsNullOrWhiteSpace(input.OutcomeCode))
        {
            code = Parse<ProgrammeOutcome>(input.OutcomeCode);
            if (code is null) problems["outcomeCode"] = ["enteredEmployment, enteredTraining, workReady or noChange."];
        }

        if (input.Version is null) problems["version"] = ["Send the version you read."];
        if (PlausibleDates.WhyNotHappened(on, today) is { } date) problems["on"] = [date];
        if (stage is null)
        {
            problems["stage"] = ["One of " + string.Join(", ", referral.NextStages.Select(Referral.Name).DefaultIfEmpty("(none: the referral is final)")) + "."];
        }
        else
        {
            foreach (var (field, message) in referral.WhyNotAdvance(stage.Value, on, code, input.Outcome))
            {
                problems.TryAdd(field, message);
            }
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        if (referral.Version != input.Version)
        {
            return Failure.Conflict(new DomainError("concurrency", $"The referral is now at version {referral.Version}, not {input.Version}."), "Someone else changed this referral",
                new Dictionary<string, object?> { ["currentVersion"] = referral.Version });
        }

        referral.Advance(stage!.Value, on, staff.Id, code, input.Outcome, clock.GetUtcNow());
        db.Entry(referral).Property(r => r.Version).OriginalValue = input.Version!.Value;
        audit.Add(AuditAction.Update, "Referral", referral.Id.ToString(), referral.ClientId, "Referral " + Referral.Name(referral.Stage), check.ViaBreakGlass);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Failure.Conflict(new DomainError("concurrency", "Someone else changed the referral at the same time."), "Someone else changed this referral", new Dictionary<string, object?>());
        }

        return (await ViewsAsync([referral], ct))[0];
    }

    /// <summary>The views of referrals, with vacancy, employer and staff names read in three queries.</summary>
    public async Task<IReadOnlyList<ReferralView>> ViewsAsync(IReadOnlyList<Referral> rows, CancellationToken ct)
    {
        var vacancyIds = rows.Where(r => r.VacancyId is not null).Select(r => r.VacancyId!.Value).Distinct().ToList();
        var vacancies = await (from v in db.Vacancies.AsNoTracking()
                               where vacancyIds.Contains(v.Id)
                               join e in db.Employers on v.EmployerId equals e.Id
                               select new { v.Id, v.Title, e.Name }).ToDictionaryAsync(x => x.Id, ct);
        var staffIds = rows.SelectMany(r => r.Steps().Select(s => s.By)).Distinct().ToList();
        var names = await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id))
            .Select(s => new { s.Id, s.FirstName, s.LastName }).ToDictionaryAsync(s => s.Id, s => s.FirstName + " " + s.LastName, ct);
        return [.. rows.Select(r =>
        {
            var vacancy = r.VacancyId is { } vid && vacancies.TryGetValue(vid, out var found) ? found : null;
            return new ReferralView(
                r.Id, r.ClientId.Value, Camel(r.Kind), r.VacancyId, vacancy?.Title, vacancy?.Name, r.Service is { } s ? Camel(s) : null, r.Programme,
                Referral.Name(r.Stage), [.. r.NextStages.Select(Referral.Name)],
                [.. r.Steps().Select(step => new ReferralStepView(Referral.Name(step.Stage), step.On, step.By.Value, names.GetValueOrDefault(step.By, "—")))],
                r.OutcomeCode is { } c ? Camel(c) : null, r.Outcome, r.Version);
        })];
    }

    public static T? Parse<T>(string? text)
        where T : struct, Enum =>
        !string.IsNullOrWhiteSpace(text) && !text.Trim().All(char.IsAsciiDigit) && Enum.TryParse<T>(text.Trim(), true, out var value) && Enum.IsDefined(value) ? value : null;

    public static string Camel<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
