using System.Globalization;
using Conduit.Connector.Sdk.Configuration.GoSyntax;

namespace Conduit.Connector.Sdk.Middleware;

/// <summary>Builds the built-in middleware's parameters as the Go SDK publishes them, with the author's defaults.</summary>
internal static class MiddlewareParameters
{
    private static readonly ParameterValidation[] NotNegative = [new(ValidationType.GreaterThan, "-1")];

    public static ParameterSpecification Int(string name, long @default, string description) =>
        new(name, ParameterType.Int)
        {
            Default = @default.ToString(CultureInfo.InvariantCulture),
            Description = description,
            Validations = NotNegative,
        };

    public static ParameterSpecification Float(string name, double @default, string description) =>
        new(name, ParameterType.Float)
        {
            Default = @default.ToString("R", CultureInfo.InvariantCulture),
            Description = description,
            Validations = NotNegative,
        };

    /// <summary>A duration; its default is written as Go does (<c>0</c> for none, else <c>time.Duration.String()</c>).</summary>
    public static ParameterSpecification Duration(string name, TimeSpan @default, string description) =>
        new(name, ParameterType.Duration)
        {
            Default = @default == TimeSpan.Zero ? "0" : GoDuration.Format(@default.Ticks * 100),
            Description = description,
        };

    public static ParameterSpecification Bool(string name, bool @default, string description) =>
        new(name, ParameterType.Bool) { Default = GoBool.Format(@default), Description = description };

    public static ParameterSpecification String(string name, string @default, string description, IReadOnlyList<ParameterValidation>? validations = null) =>
        new(name, ParameterType.String) { Default = @default, Description = description, Validations = validations ?? [] };

    /// <summary>Reads an int parameter whose validation (<c>greater-than -1</c>) reports negative values; 0 when invalid.</summary>
    public static int ReadCount(ConfigurationReader reader, ParameterSpecification parameter) =>
        (int)(reader.GetInteger(parameter, int.MinValue, int.MaxValue) ?? 0);
}
