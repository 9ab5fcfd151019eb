using Conduit.Connector.Sdk.Middleware;

namespace Conduit.Connector.Sdk;

/// <summary>
/// Resolves <c>sdk.record.format</c> and <c>sdk.record.format.options</c> when the destination is configured
/// (an unknown format or invalid options is a configuration error naming the key, the value and the rule) and
/// hands the serializer to the destination as <see cref="Destination.RecordSerializer"/>.
/// </summary>
public sealed class DestinationRecordFormatMiddleware : DestinationMiddleware
{
    private ParameterSpecification[]? _parameters;

    /// <summary>Gets the default of <c>sdk.record.format</c>. <para>Defaults to <c>opencdc/json</c>.</para></summary>
    public string Format { get; init; } = RecordFormats.DefaultFormatName;

    /// <summary>Gets the default of <c>sdk.record.format.options</c>. <para>Defaults to an empty string.</para></summary>
    public string Options { get; init; } = string.Empty;

    /// <summary>Gets the formats users can choose from. <para>Defaults to <see cref="RecordFormats.Default"/>.</para></summary>
    public RecordFormats Formats { get; init; } = RecordFormats.Default;

    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpecification> Parameters => _parameters ??=
    [
        MiddlewareParameters.String(RecordFormats.FormatKey, Format, "The format of the output record. See the Conduit documentation for a full list of supported formats (https://conduit.io/docs/using/connectors/configuration-parameters/output-format)."),
        MiddlewareParameters.String(RecordFormats.OptionsKey, Options, "Options to configure the chosen output record format. Options are normally key=value pairs separated with comma (e.g. opt1=val2,opt2=val2), except for the `template` record format, where options are a Go template."),
    ];

    internal override DestinationStage Configure(ConfigurationReader reader, MiddlewareContext context)
    {
        var parameters = Parameters;
        var format = reader.GetString(parameters[0]);
        var options = reader.GetString(parameters[1]);
        try
        {
            context.Serializer = Formats.Configure(format, options);
        }
        catch (ConfigurationException e)
        {
            foreach (var error in e.Errors)
            {
                reader.Report(error);
            }
        }

        return DestinationStage.Passive;
    }
}
