"""Documents of the contest: letters, diplomas, certificates, the quality-mark badge and the
protocol of the commission (reportlab), with their templates and registration journal."""
