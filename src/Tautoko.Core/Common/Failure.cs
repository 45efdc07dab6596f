using Tautoko.Core.Access;

namespace Tautoko.Core.Common;

/// <summary>
/// Why a use case did not complete. There are five kinds and no others; each has exactly one HTTP answer
/// (the web layer's RFC 9457 problem document) and one sentence for a page (<see cref="Message"/>).
/// </summary>
public abstract record Failure
{
    private Failure()
    {
    }

    /// <summary>The sentence a page shows in place of the result.</summary>
    public abstract string Message { get; }

    /// <summary>The input is missing or malformed (400), with what is wrong per field.</summary>
    public static Failure Invalid(IReadOnlyDictionary<string, string[]> errors) => new InvalidInput(errors);

    public static Failure Invalid(string field, string problem) => new InvalidInput(new Dictionary<string, string[]> { [field] = [problem] });

    /// <summary>There is no such thing (404); <paramref name="what"/> says which, in words a person can act on.</summary>
    public static Failure NotFound(string what, string title = "Not found") => new Missing(what, title);

    /// <summary>
    /// The person may not do this (403) by <paramref name="decision"/>. With <paramref name="clientId"/>, the answer links
    /// to break-glass when the decision allows it.
    /// </summary>
    public static Failure Refused(AccessDecision decision, Guid? clientId = null) => new AccessRefused(decision, clientId);

    /// <summary>A rule of the domain says no (422), named by its id.</summary>
    public static Failure Broken(DomainError error) => new RuleBroken(error);

    /// <summary>
    /// The state changed under the request (409): someone else got there first, or the thing is not in a state for this.
    /// <paramref name="changed"/> says what changed (extra members of the problem document, e.g. the current record).
    /// </summary>
    public static Failure Conflict(DomainError error, string? title = null, IReadOnlyDictionary<string, object?>? changed = null) =>
        new StateConflict(error, title, changed);

    public sealed record InvalidInput(IReadOnlyDictionary<string, string[]> Errors) : Failure
    {
        public override string Message => string.Join(" ", Errors.SelectMany(e => e.Value));
    }

    public sealed record Missing(string What, string Title) : Failure
    {
        public override string Message => What;
    }

    public sealed record AccessRefused(AccessDecision Decision, Guid? ClientId) : Failure
    {
        public override string Message => Decision.Reason ?? "You may not do this.";

        /// <summary>Where to ask for break-glass access, when the decision allows it.</summary>
        public string? BreakGlassPath => Decision.CanBreakGlass && ClientId is { } id ? $"/api/clients/{id}/break-glass" : null;
    }

    public sealed record RuleBroken(DomainError Error) : Failure
    {
        public override string Message => $"{Error.Message} ({Error.Rule})";
    }

    public sealed record StateConflict(DomainError Error, string? Title, IReadOnlyDictionary<string, object?>? Changed) : Failure
    {
        public override string Message => $"{Error.Message} ({Error.Rule})";
    }
}
