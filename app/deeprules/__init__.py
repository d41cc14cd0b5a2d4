"""deeprules: a planning assistant for deep learning in biology.

Built on Lee BD, Gitter A, Greene CS, et al. "Ten quick tips for deep learning in biology."
PLoS Comput Biol 18(3): e1009803 (2022). doi:10.1371/journal.pcbi.1009803
"""

__version__ = "0.1.0"

PAPER_CITATION = (
    "Lee BD, Gitter A, Greene CS, Raschka S, Maguire F, Titus AJ, et al. "
    "Ten quick tips for deep learning in biology. PLoS Comput Biol. 2022;18(3):e1009803."
)
PAPER_DOI = "10.1371/journal.pcbi.1009803"
