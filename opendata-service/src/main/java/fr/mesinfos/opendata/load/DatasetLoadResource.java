package fr.mesinfos.opendata.load;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.mesinfos.support.problem.Problem;
import fr.mesinfos.support.problem.ProblemException;

/** Lets an operator (re)load a public dataset from a file or URL and see how the last loads went. */
@Path("/api/v1/datasets/{dataset}/loads")
public class DatasetLoadResource {

    /** Where to load from; no body, or no source: the configured source. */
    public record LoadRequest(String source) {
    }

    private final DatasetLoads loads;

    DatasetLoadResource(DatasetLoads loads) {
        this.loads = loads;
    }

    @POST
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Loads a dataset from a path or URL (default: the configured source), publishes it and reports")
    public LoadReport load(@PathParam("dataset") String datasetId, LoadRequest request) {
        Dataset dataset = dataset(datasetId);
        try {
            return loads.load(dataset, request == null ? null : request.source());
        } catch (UnreadableSourceException e) {
            throw new ProblemException(Problem.of(422, "unreadable-source", "Unreadable source", "source: " + e.getMessage())
                    .withErrors(List.of(new Problem.InvalidParam(null, "source", e.getMessage()))));
        } catch (PublishFailedException e) {
            throw new ProblemException(Problem.of(503, "kafka-unavailable", "Kafka unavailable",
                    "The dataset was read but not every event was published: " + e.getMessage() + ". Load it again."))
                    .withHeader("Retry-After", "30");
        }
    }

    @GET
    @RolesAllowed({"operator", "app-developer"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest loads of a dataset, newest first")
    public List<LoadReport> latest(@PathParam("dataset") String datasetId) {
        return loads.latest(dataset(datasetId));
    }

    private static Dataset dataset(String id) {
        return Dataset.byId(id).orElseThrow(() -> ProblemException.notFound(
                "No dataset " + id + ": communes, opendata.air-quality, opendata.weather or opendata.transit"));
    }
}
