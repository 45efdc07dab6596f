using Tautoko.Bench.Fairness;
using Tautoko.Bench.Assign;
using Tautoko.Bench.Booking;
using Tautoko.Bench.Load;
using Tautoko.Bench.Overview;
using Tautoko.Bench.Pages;
using Tautoko.Bench.Vacancies;
using Tautoko.Bench.Releases;
using Tautoko.Bench.Measures;

// Benchmarks at national scale; each command writes its figures into docs/PERFORMANCE.md.
//   dotnet run -c Release --project bench/Tautoko.Bench -- load-national --db "Host=…;Database=…" [--recreate]
//   dotnet run -c Release --project bench/Tautoko.Bench -- assign-national --db "Host=…;Database=…" [--runs 3]
//   dotnet run -c Release --project bench/Tautoko.Bench -- book-load --db "Host=…;Username=…" [--bookers 64] [--runs 3]
//   dotnet run -c Release --project bench/Tautoko.Bench -- pages-load --db "Host=…;Username=…" --national-db "Host=…;Database=…"
//   dotnet run -c Release --project bench/Tautoko.Bench -- overview-load --db "Host=…;Username=…" [--readers 64] [--rate 500] [--runs 3]
return args.FirstOrDefault() switch
{
    "load-national" => await LoadCommand.RunAsync(args, national: true),
    "load-demo" => await LoadCommand.RunAsync(args, national: false),
    "assign-national" => await AssignBenchCommand.RunAsync(args),
    "book-load" => await BookingLoadCommand.RunAsync(args),
    "overview-load" => await OverviewLoadCommand.RunAsync(args),
    "pages-load" => await PagesLoadCommand.RunAsync(args),
    "match-vacancy" => await MatchVacancyCommand.RunAsync(args),
    "release" => await ReleaseBenchCommand.RunAsync(args),
    "measures" => await MeasuresBenchCommand.RunAsync(args),
    "fairness" => await FairnessBenchCommand.RunAsync(args),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        Usage: Tautoko.Bench <command> [options]

          load-national   generate and load the national dataset (1,000,000 clients) and record the timings
          load-demo       the same with the demo profile (no report written)
          assign-national the national assignment proposal (load, solve, explain, save) and the bare OR-Tools solver on
                          the same graph, medians of --runs N (≥ 3); needs load-national first
          book-load       bookings per second under concurrent bookers against the real host on PostgreSQL,
                          beside the bare one-row-update baseline, checking for double bookings
                          (--db "Host=…" [--bench-db tautoko_bench_booking] [--bookers 64] [--seconds 15] [--runs 3]
                           [--clients 3000] [--hot 0.05]; the bench database is dropped and created)
          overview-load   client overview reads per second against the real host on PostgreSQL, beside the bare
                          five-sequential-primary-key-reads baseline, then p99 at a fixed offered rate
                          (--db "Host=…" [--readers 64] [--seconds 15] [--runs 3] [--clients 5000] [--rate 500])
          match-vacancy   matching each open vacancy of the busiest region against its clients on the national dataset
                          (--db "Host=…;Database=…" [--runs 3]); median, p95, max; needs load-national first
          pages-load      the pages and API calls staff use all day (search, overview, caseload, my day, worklists,
                          queues, tasks, site calendars, booking) on the national dataset and on a fresh demo database
                          in the same run: p50, p99, req/s and national ÷ demo
                          (--db "Host=…" --national-db "Host=…;Database=…" [--users 8] [--seconds 8] [--warm-up 2]
                           [--only <text>]; run load-national --today <today> first)

          release         a statistical release of every seed-000 table on the national dataset (one query per table,
                          cell-key RR3), median of --runs N (≥ 3, default 5); target ≤ 1 s; needs load-national first
                          (--db "Host=…;Database=…" [--runs 5] [--no-report])
          measures        every monitor and measure for the whole country over a year from the daily facts, median of
                          --runs N (≥ 3, default 5); target ≤ 2 s; --rebuild first builds the facts from source
                          (--db "Host=…;Database=…" [--runs 5] [--rebuild] [--no-report])
          fairness        the fairness report's reads and tallies for the whole country over a year, median of --runs N
                          (≥ 3, default 5); a baseline (no target); needs load-national first
                          (--db "Host=…;Database=…" [--runs 5] [--no-report])

        Options:
          --db <setting>      PostgreSQL connection string or postgres:// URL (or a SQLite path)   [required]
          --recreate          drop and create the database first (PostgreSQL) or delete the file (SQLite)
          --clients <n>       override the profile's client count
          --seed <n>          generator seed (default 3816)
          --today <date>      reference day, yyyy-MM-dd (default 2026-03-02)
          --threads <n>       client generator threads (default: cores - 1)
          --no-report         do not update docs/PERFORMANCE.md
        """);
    return 2;
}
