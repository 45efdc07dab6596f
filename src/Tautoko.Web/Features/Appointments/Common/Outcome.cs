using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Web.Features.Clients;

using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Appointments.Common;

/// <summary>What an appointments use case came to: done, or why not — each with its HTTP problem.</summary>
public abstract record AppointmentOutcome<T>
{
    public sealed record Done(T Value) : AppointmentOutcome<T>;

    public sealed record Invalid(Dictionary<string, string[]> Problems) : AppointmentOutcome<T>;

    public sealed record Missing(string What) : AppointmentOutcome<T>;

    public sealed record Refused(AccessDecision Decision, Guid ClientId) : AppointmentOutcome<T>;

    /// <summary>A rule of the domain says no (422).</summary>
    public sealed record Broken(DomainError Error) : AppointmentOutcome<T>;

    /// <summary>Someone else got there first: the slot is taken, or the record changed (409).</summary>
    public sealed record Conflict(DomainError Error) : AppointmentOutcome<T>;

    /// <summary>The problem text a page shows for anything but <see cref="Done"/>.</summary>
    public string? Message => this switch
    {
        Done => null,
        Invalid invalid => string.Join(" ", invalid.Problems.SelectMany(p => p.Value)),
        Missing missing => missing.What,
        Refused refused => refused.Decision.Reason,
        Broken broken => broken.Error.Message,
        Conflict conflict => conflict.Error.Message,
        _ => "Something went wrong.",
    };
}

public static class AppointmentOutcomeResults
{
    public const string ConflictType = "https://tautoko.example/rules/";

    /// <summary>The problem document for an outcome that is not <see cref="Outcome{T}.Done"/>.</summary>
    public static ProblemHttpResult Problem<T>(AppointmentOutcome<T> outcome) => outcome switch
    {
        AppointmentOutcome<T>.Invalid invalid => ClientResults.Invalid(invalid.Problems),
        AppointmentOutcome<T>.Missing missing => ProblemDetailsSetup.NotFound(missing.What),
        AppointmentOutcome<T>.Refused refused => ClientResults.Refused(refused.Decision, refused.ClientId),
        AppointmentOutcome<T>.Broken broken => ProblemDetailsSetup.RuleBroken(broken.Error),
        AppointmentOutcome<T>.Conflict conflict => TypedResults.Problem(
            title: conflict.Error.Rule == Core.Appointments.BookingPolicy.TakenRule ? "That slot is already booked" : "Someone else changed this appointment",
            detail: conflict.Error.Message,
            statusCode: StatusCodes.Status409Conflict,
            type: ConflictType + conflict.Error.Rule,
            extensions: new Dictionary<string, object?> { ["rule"] = conflict.Error.Rule }),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), "A finished outcome has no problem."),
    };
}
