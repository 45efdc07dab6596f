using Tautoko.Core.Common;

namespace Tautoko.Core.Appointments;

/// <summary>The seed's ways to engage a client for their first appointment, in its order (002/003, "Engaging with clients for the first time").</summary>
public enum FirstContactStep
{
    /// <summary>"Contact client by phone in first instance, introduce yourself, your role and that you would like to meet face-to-face."</summary>
    Phone = 0,

    /// <summary>"Send a letter to the client, inviting them to attend a proactive appointment."</summary>
    Letter = 1,

    /// <summary>"Send a text message introducing yourself and that you have attempted to make contact and you will call the client at a certain time."</summary>
    Text = 2,
}

/// <summary>The case manager as the client is told about them (R-054: name, phone and e-mail).</summary>
public sealed record CaseManagerContact(string Name, string? Phone, string Email);

/// <summary>
/// R-035: first contact is made by phone, then by a letter inviting the client to a proactive appointment,
/// then by a text saying we tried to reach them and will call at a set time — in that order, each written to
/// the engagement log. R-054: each gives the case manager's name, phone and e-mail.
/// </summary>
public static class FirstContact
{
    public const string Rule = "R-035";

    /// <summary>How each step's engagement note starts, so the log can be read back in order.</summary>
    public static string Marker(FirstContactStep step) => step switch
    {
        FirstContactStep.Phone => "First contact 1 of 3 (phone):",
        FirstContactStep.Letter => "First contact 2 of 3 (invitation letter):",
        FirstContactStep.Text => "First contact 3 of 3 (text):",
    };

    public static string DisplayName(this FirstContactStep step) => step switch
    {
        FirstContactStep.Phone => "Phone the client",
        FirstContactStep.Letter => "Send the invitation letter",
        FirstContactStep.Text => "Text the client",
    };

    /// <summary>The step that comes next, or null when all three are done.</summary>
    public static FirstContactStep? Next(IReadOnlyCollection<FirstContactStep> done)
    {
        ArgumentNullException.ThrowIfNull(done);
        return Enum.GetValues<FirstContactStep>().Where(s => !done.Contains(s)).Select(s => (FirstContactStep?)s).FirstOrDefault();
    }

    /// <summary>R-035: steps in the seed's order, each once.</summary>
    public static DomainError? WhyNot(FirstContactStep step, IReadOnlyCollection<FirstContactStep> done)
    {
        ArgumentNullException.ThrowIfNull(done);
        if (done.Contains(step))
        {
            return new DomainError(Rule, $"{step.DisplayName()} is already recorded for this client's first contact.");
        }

        var next = Next(done);
        return next == step
            ? null
            : new DomainError(Rule, $"First contact goes phone, then the invitation letter, then a text: {next!.Value.DisplayName().ToLowerInvariant()} first.");
    }

    /// <summary>What the phone step writes to the engagement log.</summary>
    public static string PhoneNote(CaseManagerContact caseManager, bool reached, string? note)
    {
        ArgumentNullException.ThrowIfNull(caseManager);
        var said = reached
            ? $"{caseManager.Name} phoned the client, introduced themselves and their role as the client's case manager, said they would like to meet face-to-face, and gave their name, phone ({caseManager.Phone ?? "the general enquiries number"}) and e-mail ({caseManager.Email}) (R-054)."
            : $"{caseManager.Name} phoned the client to introduce themselves; no answer.";
        return Join(Marker(FirstContactStep.Phone), said, note);
    }

    /// <summary>What the letter step writes to the engagement log.</summary>
    public static string LetterNote(CaseManagerContact caseManager, DateTimeOffset appointmentStartsAt, string? note)
    {
        ArgumentNullException.ThrowIfNull(caseManager);
        return Join(Marker(FirstContactStep.Letter), $"Letter posted inviting the client to a proactive appointment with {caseManager.Name} on {AppointmentText.When(appointmentStartsAt)}, with the case manager's name, phone and e-mail.", note);
    }

    /// <summary>The seed's text: introducing the case manager, saying we tried to reach the client and when we will call (R-054: name, phone, e-mail).</summary>
    public static string TextMessage(string clientFirstName, CaseManagerContact caseManager, string agencyName, DateTimeOffset callAt)
    {
        ArgumentNullException.ThrowIfNull(caseManager);
        return $"Kia ora {clientFirstName}, this is {caseManager.Name}, your case manager at {agencyName}. I tried to phone you and will call you on {AppointmentText.Short(callAt)}. " +
               $"You can reach me on {caseManager.Phone ?? "0800 559 009"} or {caseManager.Email}.";
    }

    /// <summary>What the text step writes to the engagement log.</summary>
    public static string TextNote(string message, string? note) => Join(Marker(FirstContactStep.Text), $"Text sent: \"{message}\"", note);

    /// <summary>Which step an engagement note records, if any.</summary>
    public static FirstContactStep? StepOf(string noteText) =>
        Enum.GetValues<FirstContactStep>().Where(s => noteText.StartsWith(Marker(s), StringComparison.Ordinal)).Select(s => (FirstContactStep?)s).FirstOrDefault();

    private static string Join(string marker, string said, string? note) =>
        string.IsNullOrWhiteSpace(note) ? $"{marker} {said}" : $"{marker} {said} {note.Trim()}";
}
