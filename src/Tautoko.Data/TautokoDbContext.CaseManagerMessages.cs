using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Messaging;

namespace Tautoko.Data;

/// <summary>Messages to case managers and voicemail checks (configurations in Configurations/CaseManagerMessageConfigurations.cs).</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<CaseManagerMessage> CaseManagerMessages => Set<CaseManagerMessage>();

    public DbSet<VoicemailCheck> VoicemailChecks => Set<VoicemailCheck>();
}
