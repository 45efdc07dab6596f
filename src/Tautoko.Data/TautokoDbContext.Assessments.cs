using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Assessments;

namespace Tautoko.Data;

/// <summary>ICS assessments: Client Assessments, BEUTs and PCOMS session measures (configurations in Configurations/AssessmentConfigurations.cs).</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<ClientAssessment> ClientAssessments => Set<ClientAssessment>();

    public DbSet<BeutAssessment> BeutAssessments => Set<BeutAssessment>();

    public DbSet<SessionMeasure> SessionMeasures => Set<SessionMeasure>();
}
