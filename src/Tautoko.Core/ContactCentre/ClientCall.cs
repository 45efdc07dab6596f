using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.WorkQueues;

namespace Tautoko.Core.ContactCentre;

/// <summary>
/// A phone call with or about a client, inbound or outbound. Nothing about the client is released on
/// the call until the person on the line is verified: who they are (the client, their
/// agent, a third party) and verifying questions from the seed's list.
/// </summary>
public sealed class ClientCall
{
    /// <summary>Tautoko's threshold: the seed says "100% confident"; three correct answers, the full name among them, and no wrong one.</summary>
    public const int MinimumCorrectAnswers = 3;

    public const int MaxNameLength = 200;
    public const int MaxNoteLength = 1000;

    private ClientCall()
    {
    }

    public ClientCall(Guid id, ClientId clientId, StaffId staffId, CallDirection direction, WorkQueueTaskId? taskId, DateTimeOffset startedAt)
    {
        Id = id;
        ClientId = clientId;
        StaffId = staffId;
        Direction = direction;
        TaskId = taskId;
        StartedAt = startedAt;
        Verification = CallVerification.NotVerified;
        Version = 1;
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    /// <summary>The staff member on the call.</summary>
    public StaffId StaffId { get; private set; }

    public CallDirection Direction { get; private set; }

    /// <summary>The task the call works, for outbound calls from a queue.</summary>
    public WorkQueueTaskId? TaskId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public CallVerification Verification { get; private set; }

    public CallerKind? CallerKind { get; private set; }

    public string? CallerName { get; private set; }

    public VerifyingQuestion QuestionsAsked { get; private set; }

    public VerifyingQuestion QuestionsCorrect { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    /// <summary>Why verification failed, in words for the person on the call.</summary>
    public string? VerificationNote { get; private set; }

    public int Version { get; private set; }

    /// <summary>Protected client details may be released on this call only once the caller is verified.</summary>
    public bool MayReleaseClientInformation => Verification == CallVerification.Verified && EndedAt is null;

    /// <summary>
    /// Records who is on the line and the answers to the verifying questions. Every verification is
    /// recorded (the caller audits it); a failed one may be tried again with other questions.
    /// </summary>
    public CallVerification Verify(StaffId by, CallerKind kind, string? callerName, VerifyingQuestion asked, VerifyingQuestion correct, ClientAgent? agentOnRecord, DateTimeOffset now)
    {
        if (by != StaffId)
        {
            throw new DomainException(new DomainError("call-not-yours", "Only the person on the call records its verification."));
        }

        if (EndedAt is not null)
        {
            throw new DomainException(new DomainError("call-ended", "This call has ended."));
        }

        if (asked == VerifyingQuestion.None)
        {
            throw new DomainException(new DomainError("R-078", "Ask verifying questions before releasing any client information."));
        }

        if ((correct & ~asked) != VerifyingQuestion.None)
        {
            throw new DomainException(new DomainError("R-078", "An answer can only be correct for a question that was asked."));
        }

        var name = string.IsNullOrWhiteSpace(callerName) ? null : callerName.Trim();
        if (name is { Length: > MaxNameLength })
        {
            throw new DomainException(new DomainError("caller-name", $"A name is at most {MaxNameLength} characters."));
        }

        CallerKind = kind;
        CallerName = name;
        QuestionsAsked = asked;
        QuestionsCorrect = correct;
        VerificationNote = Refusal(kind, name, asked, correct, agentOnRecord);
        Verification = VerificationNote is null ? CallVerification.Verified : CallVerification.Failed;
        VerifiedAt = Verification == CallVerification.Verified ? now : null;
        Version++;
        return Verification;
    }

    public void End(StaffId by, DateTimeOffset now)
    {
        if (by != StaffId)
        {
            throw new DomainException(new DomainError("call-not-yours", "Only the person on the call ends it."));
        }

        if (EndedAt is not null)
        {
            throw new DomainException(new DomainError("call-ended", "This call has already ended."));
        }

        EndedAt = now;
        Version++;
    }

    private static string? Refusal(CallerKind kind, string? name, VerifyingQuestion asked, VerifyingQuestion correct, ClientAgent? agent)
    {
        switch (kind)
        {
            case ContactCentre.CallerKind.ThirdParty:
                // identify the person before releasing any information; a third party is neither the client nor their agent.
                return "A third party is not the client or their agent: release no client information.";
            case ContactCentre.CallerKind.Agent:
                // if a client has an agent, their identity must be verified before the call continues.
                if (agent is null)
                {
                    return "The client has no agent on record: release no client information, and do not go on with the call as their agent.";
                }

                if (name is null || TextFolding.Fold(name) != TextFolding.Fold(agent.FullName))
                {
                    return "The caller is not the agent on the client's record: release no client information.";
                }

                break;
            case ContactCentre.CallerKind.Client:
                break;
        }

        var wrong = asked & ~correct;
        if (wrong != VerifyingQuestion.None)
        {
            return "An answer did not match the record (" + string.Join("; ", wrong.Each().Select(q => q.Wording())) + "): release no client information.";
        }

        if (!correct.HasFlag(VerifyingQuestion.FullName))
        {
            return "Confirm their full name, including middle names.";
        }

        var count = correct.Each().Count();
        return count < MinimumCorrectAnswers
            ? $"Ask more verifying questions: {MinimumCorrectAnswers} correct answers are needed, {count} so far."
            : null;
    }
}
