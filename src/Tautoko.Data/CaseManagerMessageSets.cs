using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Messaging;

namespace Tautoko.Data;

/// <summary>Messages to case managers and voicemail checks (configurations in Configurations/CaseManagerMessageConfigurations.cs).</summary>
public static class CaseManagerMessageSets
{
    extension(TautokoDbContext db)
    {
        public DbSet<CaseManagerMessage> CaseManagerMessages => db.Set<CaseManagerMessage>();

        public DbSet<VoicemailCheck> VoicemailChecks => db.Set<VoicemailCheck>();
    }
}
