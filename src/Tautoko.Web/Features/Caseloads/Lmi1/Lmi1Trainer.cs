using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Tautoko.Core.Lmi1;

namespace Tautoko.Web.Features.Caseloads.Lmi1;

/// <summary>One training example: a client on benefit and not case-managed on a day, and whether they left for work within three months.</summary>
public sealed class Lmi1Example
{
    [VectorType(Lmi1Features.Count)]
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }

    /// <summary>The client, so one person's examples fall on one side of the train/test split.</summary>
    public string Group { get; set; } = string.Empty;
}

/// <summary>A calibration bin: the held-out examples whose predicted chance falls in one decile of the scores.</summary>
public sealed record CalibrationBin(int Bin, int Count, double MeanPredicted, double Observed);

/// <summary>The fitted model and how it did on examples it never saw.</summary>
public sealed class TrainedLmi1
{
    public required ITransformer Model { get; init; }

    public required double[] Weights { get; init; }

    public required double Bias { get; init; }

    public required double[] Means { get; init; }

    public required int TrainingRows { get; init; }

    public required int HeldOutRows { get; init; }

    public required double PositiveRate { get; init; }

    public required double Auc { get; init; }

    public required double Brier { get; init; }

    public required IReadOnlyList<CalibrationBin> Calibration { get; init; }
}

/// <summary>
/// trains the Labour Market Indicator 1 model with ML.NET (SDCA logistic regression, Platt-calibrated)
/// on Tautoko's own history, holding out a fifth of the clients to measure discrimination (AUC) and calibration.
/// </summary>
public sealed class Lmi1Trainer
{
    public const string Algorithm = "ML.NET 5 SdcaLogisticRegression (calibrated), 80/20 split by client";

    private readonly MLContext _ml = new(seed: 20261123);

    public TrainedLmi1 Train(IReadOnlyList<Lmi1Example> examples)
    {
        if (examples.Count < 50 || examples.All(e => e.Label) || !examples.Any(e => e.Label))
        {
            throw new InvalidOperationException("Not enough history to train the LMI1 model: it needs examples of clients who did and did not leave benefit for work.");
        }

        var data = _ml.Data.LoadFromEnumerable(examples);
        var split = _ml.Data.TrainTestSplit(data, testFraction: 0.2, samplingKeyColumnName: nameof(Lmi1Example.Group), seed: 7);
        var trainer = _ml.BinaryClassification.Trainers.SdcaLogisticRegression(
            labelColumnName: nameof(Lmi1Example.Label), featureColumnName: nameof(Lmi1Example.Features), l2Regularization: 0.001f, maximumNumberOfIterations: 100);
        var model = trainer.Fit(split.TrainSet);
        var parameters = (CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>)model.Model;

        var predictions = model.Transform(split.TestSet);
        var metrics = _ml.BinaryClassification.Evaluate(predictions, nameof(Lmi1Example.Label));
        var scored = _ml.Data.CreateEnumerable<Scored>(predictions, reuseRowObject: false).ToList();
        var brier = scored.Count == 0 ? 0 : scored.Average(s => Math.Pow(s.Probability - (s.Label ? 1 : 0), 2));

        var trainRows = _ml.Data.CreateEnumerable<Lmi1Example>(split.TrainSet, reuseRowObject: false).ToList();
        var means = new double[Lmi1Features.Count];
        foreach (var row in trainRows)
        {
            for (var i = 0; i < means.Length; i++)
            {
                means[i] += row.Features[i];
            }
        }

        for (var i = 0; i < means.Length; i++)
        {
            means[i] /= Math.Max(1, trainRows.Count);
        }

        return new TrainedLmi1
        {
            Model = model,
            Weights = [.. parameters.SubModel.Weights.Select(w => (double)w)],
            Bias = parameters.SubModel.Bias,
            Means = means,
            TrainingRows = trainRows.Count,
            HeldOutRows = scored.Count,
            PositiveRate = examples.Count(e => e.Label) / (double)examples.Count,
            Auc = metrics.AreaUnderRocCurve,
            Brier = brier,
            Calibration = Bins(scored),
        };
    }

    /// <summary>The calibrated chance of work within three months for each row of features.</summary>
    public IReadOnlyList<float> Score(TrainedLmi1 trained, IReadOnlyList<float[]> rows)
    {
        var data = _ml.Data.LoadFromEnumerable(rows.Select(f => new Lmi1Example { Features = f, Group = string.Empty }));
        return [.. _ml.Data.CreateEnumerable<Scored>(trained.Model.Transform(data), reuseRowObject: false).Select(s => s.Probability)];
    }

    private static List<CalibrationBin> Bins(List<Scored> scored)
    {
        var ordered = scored.OrderBy(s => s.Probability).ToList();
        var bins = new List<CalibrationBin>(10);
        for (var b = 0; b < 10 && ordered.Count > 0; b++)
        {
            var from = b * ordered.Count / 10;
            var to = (b + 1) * ordered.Count / 10;
            var slice = ordered.GetRange(from, to - from);
            if (slice.Count > 0)
            {
                bins.Add(new CalibrationBin(b + 1, slice.Count, slice.Average(s => s.Probability), slice.Average(s => s.Label ? 1.0 : 0.0)));
            }
        }

        return bins;
    }

    private sealed class Scored
    {
        public bool Label { get; set; }

        public float Probability { get; set; }
    }
}
