using Tautoko.Core.Common;

namespace Tautoko.Core.Clients;

/// <summary>Why a benefit spell ended: the history the Labour Market Indicator 1 model learns from .</summary>
public enum BenefitEndReason
{
    /// <summary>Left benefit for work.</summary>
    Work = 0,

    /// <summary>Moved to another main benefit (a new spell follows).</summary>
    OtherBenefit = 1,

    /// <summary>Partner's income, study, left the country, or another reason.</summary>
    Other = 2,
}

/// <summary>A stretch of one main benefit for a client, from grant to end (open while it continues).</summary>
public sealed class BenefitSpell
{
    private BenefitSpell()
    {
    }

    public BenefitSpell(Guid id, ClientId clientId, BenefitType benefit, WorkObligation obligation, DateOnly startedOn)
    {
        if (benefit == BenefitType.None)
        {
            throw new DomainException(new DomainError("benefit-spell", "A benefit spell is of a main benefit."));
        }

        Id = id;
        ClientId = clientId;
        Benefit = benefit;
        Obligation = obligation;
        StartedOn = startedOn;
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    public BenefitType Benefit { get; private set; }

    public WorkObligation Obligation { get; private set; }

    public DateOnly StartedOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public BenefitEndReason? EndReason { get; private set; }

    public bool LeftForWork => EndReason == BenefitEndReason.Work;

    public void End(DateOnly on, BenefitEndReason reason)
    {
        if (EndedOn is not null)
        {
            throw new DomainException(new DomainError("benefit-spell", "This benefit spell has already ended."));
        }

        if (on < StartedOn)
        {
            throw new DomainException(new DomainError("benefit-spell", "A benefit spell cannot end before it starts."));
        }

        EndedOn = on;
        EndReason = reason;
    }
}
