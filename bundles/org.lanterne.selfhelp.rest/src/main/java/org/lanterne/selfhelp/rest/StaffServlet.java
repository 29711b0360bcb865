package org.lanterne.selfhelp.rest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionExpiredException;
import org.lanterne.identity.api.SessionService;
import org.lanterne.selfhelp.api.Count;
import org.lanterne.selfhelp.api.Indicators;
import org.lanterne.selfhelp.api.PeriodCount;
import org.lanterne.selfhelp.api.SelfHelpIndicators;
import org.lanterne.selfhelp.api.SelfHelpShares;
import org.lanterne.selfhelp.api.SharedProgress;
import org.lanterne.selfhelp.api.StepCount;
import org.lanterne.server.rest.json.JsonResponses;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Self-help data for staff, with a staff session token (a participant token is not one, and is
 * refused with 401): {@code GET /api/v1/selfhelp/indicators?programme=..} gives a programme's
 * aggregates, counts from 1 to 4 shown as {@code "<5"}; {@code GET /api/v1/selfhelp/shared} gives
 * the progress of the participants who shared it with the signed-in clinician.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("lanterne.selfhelp.staff")
@HttpWhiteboardServletPattern({ "/api/v1/selfhelp/indicators", "/api/v1/selfhelp/shared" })
public class StaffServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** How a suppressed count is shown. */
    static final String SUPPRESSED = "<5";

    @Reference
    private transient SessionService sessions;

    @Reference
    private transient SelfHelpIndicators indicators;

    @Reference
    private transient SelfHelpShares shares;

    /** A count in a period. */
    public record Period(String period, Object count) {
    }

    /** A count at a step of the programme. */
    public record Step(String id, Object count) {
    }

    /** A programme's indicators, each count a number or {@code "<5"}. */
    public record Table(String programme, Object enrolments, List<Period> enrolmentsByWeek, List<Period> enrolmentsByMonth, List<Step> modules,
            List<Step> questionnaires, Object completed, Object dropouts, int dropoutAfterDays) {

        static Table of(Indicators i) {
            return new Table(i.programme(), shown(i.enrolments()), periods(i.enrolmentsByWeek()), periods(i.enrolmentsByMonth()),
                    steps(i.modules()), steps(i.questionnaires()), shown(i.completed()), shown(i.dropouts()), i.dropoutAfterDays());
        }
    }

    /** A module of a shared record. */
    public record SharedModule(String id, boolean done, LocalDate doneOn) {
    }

    /** A questionnaire of a shared record: whether it was answered, never the answers. */
    public record SharedQuestionnaire(String id, String when, boolean due, boolean done) {
    }

    /** A record a participant shared with the clinician. */
    public record Shared(String share, LocalDate sharedOn, String programme, String language, LocalDate enrolledOn, List<SharedModule> modules,
            List<SharedQuestionnaire> questionnaires, double progress) {

        static Shared of(SharedProgress s) {
            return new Shared(s.share(), s.sharedOn(), s.progress().programme(), s.progress().language(), s.progress().enrolledOn(),
                    s.progress().modules().stream().map(m -> new SharedModule(m.module(), m.done(), m.doneOn())).toList(),
                    s.progress().questionnaires().stream().map(q -> new SharedQuestionnaire(q.questionnaire(), q.when(), q.due(), q.done())).toList(),
                    s.progress().progress());
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = ErrorMessages.language(request, ErrorMessages.FALLBACK);
        Optional<Session> session = Requests.bearer(request).flatMap(sessions::validate);
        if (session.isEmpty()) {
            Requests.error(response, HttpServletResponse.SC_UNAUTHORIZED, lang, "sign-in-required");
            return;
        }
        try {
            if (request.getServletPath().endsWith("/shared")) {
                JsonResponses.write(response, HttpServletResponse.SC_OK, shares.sharedWith(session.get()).stream().map(Shared::of).toList());
            } else if (request.getParameter("programme") == null) {
                Requests.error(response, HttpServletResponse.SC_BAD_REQUEST, lang, "programme-required");
            } else {
                JsonResponses.write(response, HttpServletResponse.SC_OK, Table.of(indicators.indicators(session.get(), request.getParameter("programme"))));
            }
        } catch (SessionExpiredException e) {
            Requests.error(response, HttpServletResponse.SC_UNAUTHORIZED, lang, "sign-in-required");
        } catch (AccessDeniedException e) {
            Requests.error(response, HttpServletResponse.SC_FORBIDDEN, lang, "access-denied");
        } catch (NoSuchElementException e) {
            Requests.error(response, HttpServletResponse.SC_NOT_FOUND, lang, "unknown-programme", request.getParameter("programme"));
        }
    }

    static Object shown(Count count) {
        return count.suppressed() ? SUPPRESSED : count.value();
    }

    private static List<Period> periods(List<PeriodCount> periods) {
        return periods.stream().map(p -> new Period(p.period(), shown(p.count()))).toList();
    }

    private static List<Step> steps(List<StepCount> steps) {
        return steps.stream().map(s -> new Step(s.step(), shown(s.count()))).toList();
    }
}
